package io.jixiao.render.layout;

import io.jixiao.model.Template;
import io.jixiao.render.layout.forms.ChongqingApprovalLayout;
import io.jixiao.render.layout.forms.GenericLayout;
import io.jixiao.render.layout.forms.HebeiProjectLayout;
import io.jixiao.render.layout.forms.HubeiOverallLayout;
import io.jixiao.render.layout.forms.HunanAppendixLayout;
import io.jixiao.render.layout.forms.NationalLayout;
import io.jixiao.render.layout.forms.ShandongDutyLayout;

/** The layout for each template. */
public final class Layouts {

    private Layouts() {
    }

    /** The template's layout, completed with generic sheets for anything its form has no place for. */
    public static Layout forTemplate(Template template) {
        return new CompletedLayout(primary(template), template);
    }

    private static Layout primary(Template template) {
        return switch (template) {
            case SHANDONG_DUTY -> new ShandongDutyLayout();
            case HEBEI_PROJECT -> new HebeiProjectLayout();
            case HUNAN_APPENDIX -> new HunanAppendixLayout();
            case HUBEI_OVERALL -> new HubeiOverallLayout();
            case NATIONAL_2015 -> NationalLayout.national2015();
            case NATIONAL_2021 -> NationalLayout.national2021();
            case CHONGQING_APPROVAL -> new ChongqingApprovalLayout();
            case GENERIC -> new GenericLayout();
        };
    }
}
