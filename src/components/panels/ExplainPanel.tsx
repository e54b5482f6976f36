/**
 * A few short paragraphs on what the current view computes and why networks use it. Plain prose, no
 * numbers from the configuration: the other panels show the figures, this one says what they mean.
 */
import { memo, useId, type ReactNode } from 'react';
import type { Mode } from '../../state/config';

const TEXT: Record<Mode, { title: string; body: ReactNode }> = {
  standard: {
    title: 'a standard convolution',
    body: (
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
    ),
  },
  dilated: {
    title: 'a dilated convolution',
    body: (
      <>
        <p>
          A dilated (or <em>atrous</em>) kernel leaves gaps between its taps. The <em>dilation rate</em> d is
          the step from one tap to the next: rate 1 is an ordinary kernel, rate 2 skips one input cell between
          taps.
        </p>
        <p>
          The skipped cells are simply not read. A 3×3 kernel at rate 2 still has 9 weights, but they are
          spread over a d(k − 1) + 1 = 5 cell wide field: the same view as a 5×5 kernel, with fewer weights
          and fewer multiply-adds.
        </p>
        <p>
          Stack layers with rates 1, 2, 4, … and the receptive field grows exponentially with depth, while
          stride 1 and matching padding keep the feature map at full resolution. Pooling would widen the view
          too, but by throwing resolution away.
        </p>
        <p>
          Tasks that label every pixel, such as semantic segmentation, need exactly that: a wide view and full
          resolution. Real-time segmentation models, which cannot afford large kernels or many layers, rely on
          it.
        </p>
        <p className="explain-note">
          The idea was made popular by Yu and Koltun&apos;s paper{' '}
          <cite>Multi-Scale Context Aggregation by Dilated Convolutions</cite> (2015). One catch: repeat the
          same rate and each output reads only a sparse grid of inputs, with neighbouring outputs on separate
          grids, which is why networks mix several rates.
        </p>
      </>
    ),
  },
  pointwise: {
    title: 'a 1×1 (pointwise) convolution',
    body: (
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
    ),
  },
  maxpool: {
    title: 'max pooling',
    body: (
      <>
        <p>
          A window slides over the input, usually with a stride equal to its size so the windows do not
          overlap, and keeps only the largest value in each window.
        </p>
        <p>
          This <em>downsamples</em> the feature map: a 2×2 window with stride 2 halves the height and the
          width, so later layers have a quarter as many positions to work on.
        </p>
        <p>
          Because only the maximum survives, moving a feature by a cell often leaves the output unchanged, so
          the network tolerates small shifts of the input.
        </p>
        <p>
          There are no weights to learn: window size and stride are fixed choices. Each channel is pooled on
          its own, so the number of channels stays the same. <em>Average pooling</em> is the common
          alternative; it keeps the mean of each window instead of the maximum.
        </p>
        <p>
          Pooling usually comes right after a convolution and its ReLU: the convolution detects features, and
          the pooling keeps the strongest response in each region.
        </p>
      </>
    ),
  },
};

export const ExplainPanel = memo(function ExplainPanel({ mode }: { mode: Mode }) {
  const headingId = useId();
  const { title, body } = TEXT[mode];
  return (
    <section className="panel explain" aria-labelledby={headingId} data-mode={mode}>
      <h2 id={headingId}>
        What&apos;s happening <span className="explain-mode">in {title}</span>
      </h2>
      <div className="explain-body">{body}</div>
    </section>
  );
});
