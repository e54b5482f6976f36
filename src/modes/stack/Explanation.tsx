/** Why receptive fields grow, in a few sentences, next to the stack the user built. */
export function Explanation() {
  return (
    <section className="panel explain" aria-labelledby="stack-explain-h">
      <h2 id="stack-explain-h">How far a cell sees</h2>
      <p>
        One cell of a layer reads a small window of the layer below; each cell of that window read a window of
        its own. Following the windows down to the input gives the cell's receptive field. Each k×k layer
        widens it by (k − 1) times the jump, the distance in input cells between neighbouring cells of its
        input; a stride multiplies the jump, so layers after a stride or a pool grow the field faster.
      </p>
      <p>
        Dilation spreads a kernel's taps apart: three 3×3 layers at dilation 1, 2 and 4 see 15×15 input cells
        with 27 weights per channel, where three ordinary 3×3 layers see 7×7. A transposed layer of stride s
        divides the jump by s: neighbouring cells of its output share most of what they see.
      </p>
    </section>
  );
}
