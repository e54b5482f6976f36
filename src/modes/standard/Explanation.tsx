/** What a standard convolution computes and why networks use it, in plain words. */
import { ExplainPanel } from '../../components/panels/ExplainPanel';

export function Explanation() {
  return (
    <ExplainPanel mode="standard" title="a standard convolution">
      <>
        <p>
          The kernel is a small grid of weights. Placed over a patch of the input of the same size, it
          multiplies each input value by the weight on top of it and adds up the products. That sum, a{' '}
          <em>dot product</em> of kernel and patch, is one output cell.
        </p>
        <p>
          Then the kernel slides to the next position and does it again. The <em>stride</em> is how far it
          moves each time: stride 1 visits every position, stride 2 every other one, which roughly halves the
          output&apos;s width and height.
        </p>
        <p>
          <em>Padding</em> adds a border of zeros around the input. Without it, a kernel k cells wide fits in
          only n − k + 1 positions along an axis of n cells, so the output is k − 1 cells smaller. With k odd,
          stride 1 and (k − 1)/2 cells of padding on each side, the output keeps the input&apos;s size.
        </p>
        <p>
          With several input channels the kernel has one slice per channel, and the products of all slices go
          into the same sum. Each output channel has its own kernel.
        </p>
        <p className="explain-note">
          A note on the name: in mathematics, convolution flips the kernel before sliding it. Deep-learning
          libraries such as PyTorch and TensorFlow skip the flip, so strictly they compute a{' '}
          <em>cross-correlation</em>. For a network it makes no difference: the weights are learned, so
          training simply ends up with the flipped version of whatever a true convolution would have needed.
        </p>
      </>
    </ExplainPanel>
  );
}
