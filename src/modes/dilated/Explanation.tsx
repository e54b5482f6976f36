/** What a dilated convolution computes and why networks use it, in plain words. */
import { ExplainPanel } from '../../components/panels/ExplainPanel';

export function Explanation() {
  return (
    <ExplainPanel mode="dilated" title="a dilated convolution">
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
    </ExplainPanel>
  );
}
