/** What a 1×1 (pointwise) convolution computes and why networks use it, in plain words. */
import { ExplainPanel } from '../../components/panels/ExplainPanel';

export function Explanation() {
  return (
    <ExplainPanel mode="pointwise" title="a 1×1 (pointwise) convolution">
      <>
        <p>
          A 1×1 kernel covers a single pixel, so it ignores the neighbours completely. What it does see is
          every channel of that pixel.
        </p>
        <p>
          Each output value is a dot product across channels: one pixel&apos;s C<sub>in</sub> values times one
          filter&apos;s C<sub>in</sub> weights, added up. There is one filter per output channel, and the same
          filters are used at every pixel.
        </p>
        <p>
          With fewer filters than input channels, it shrinks the depth of the volume while height and width
          stay the same, at a small cost in weights and arithmetic.
        </p>
        <p>
          Followed by a ReLU it also adds a non-linearity, so the network can learn richer combinations of
          channels for very little extra cost.
        </p>
        <p className="explain-note">
          The idea comes from the <cite>Network in Network</cite> paper (Lin, Chen and Yan, 2013).
          GoogLeNet&apos;s Inception modules put 1×1 layers in front of their 3×3 and 5×5 convolutions to cut
          the cost of those larger kernels.
        </p>
      </>
    </ExplainPanel>
  );
}
