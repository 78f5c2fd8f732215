/**
 * Pieces any form can be built from, named for what they are: the frame around a form (title, unit line,
 * signature lines), a block described by its columns, the indicator table, the budget, funding, work-plan, goal,
 * duty-tree and narrative blocks, and the text and width helpers. A block never decides which official form it
 * belongs to; the classes in {@link io.jixiao.render.layout.forms} do, so a new province's form is assembled here
 * from existing blocks and only what is its own is written again.
 */
package io.jixiao.render.layout.blocks;
