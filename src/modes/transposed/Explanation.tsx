/** What a transposed convolution computes, and the three ways it is most often misread. */
import { ExplainPanel } from '../../components/panels/ExplainPanel';

export function Explanation() {
  return (
    <ExplainPanel mode="transposed" title="a transposed convolution">
      <p>
        A transposed convolution makes a small grid larger. Every input cell takes the whole kernel,
        multiplies each weight by its own value, and lays the result onto the output like a stamp. The stamps
        sit <em>stride</em> cells apart, so with stride 2 each input cell moves two cells further along the
        output than its neighbour. Where stamps overlap, their products add up.
      </p>
      <p>
        The same result comes from an ordinary convolution. Spread the input out by putting stride − 1 zeros
        between neighbouring cells, surround it with a border of zeros, rotate the kernel by 180° and slide it
        with stride 1. Each output cell is then a dot product, as in the standard view; most of what the
        window reads is the inserted zeros.
      </p>
      <p>
        <em>Padding</em> works backwards here: instead of adding a border to the input, it cuts that many
        cells off every side of the output, which is why more padding makes a transposed output smaller. The
        cut-off cells are drawn hatched around the output so you can see the stamps that fall on them.
      </p>
      <p>
        A strided convolution maps several input sizes onto the same output size, so going back is ambiguous.{' '}
        <em>Output padding</em> settles it by adding cells at the bottom and right edge of the output; it must
        stay smaller than the stride.
      </p>
      <p className="explain-note">
        It is sometimes called a deconvolution, but it does not undo a convolution: it only restores the
        shape. The name comes from linear algebra: written as a matrix, a convolution becomes a transposed
        convolution by transposing that matrix. Generators, decoders and segmentation networks such as U-Net
        use it to upsample. When the kernel size is not a multiple of the stride the stamps overlap unevenly,
        which is where the checkerboard patterns in generated images come from; the overlap map above shows
        it.
      </p>
    </ExplainPanel>
  );
}
