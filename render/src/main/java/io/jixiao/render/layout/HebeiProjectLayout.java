package io.jixiao.render.layout;

import io.jixiao.model.Filing;
import io.jixiao.render.grid.Grid;

import java.util.List;

/** Placeholder on the render base branch; replaced by the real layout before this reaches main. */
final class HebeiProjectLayout implements Layout {

    @Override
    public List<Grid> tables(Filing filing) {
        throw new IllegalStateException("HebeiProjectLayout is not written yet");
    }
}
