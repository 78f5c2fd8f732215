package io.jixiao.model;

import io.jixiao.value.Money;

import java.util.List;

/** 专项资金绩效目标汇总表 (Hunan 附表2): the total and each special fund with its spending directions. */
public record FundSummary(String pointer, String title, Money total, List<Fund> funds) {

    public FundSummary {
        funds = List.copyOf(funds);
    }

    /** A special fund (一、二 …). */
    public record Fund(String pointer, String number, String name, Money amount, Goals periodGoal, Goals annualGoal,
                       List<Direction> directions) {
        public Fund {
            directions = List.copyOf(directions);
        }
    }

    /** A spending direction of a fund (1、2 …), matched by name with its 支出方向 table. */
    public record Direction(String pointer, String number, String name, Money amount, Goals periodGoal,
                            Goals annualGoal) {
    }
}
