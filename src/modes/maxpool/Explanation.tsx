/** What max pooling computes and why networks use it, in plain words. */
import { ExplainPanel } from '../../components/panels/ExplainPanel';

export function Explanation() {
  return (
    <ExplainPanel mode="maxpool" title="max pooling">
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
    </ExplainPanel>
  );
}
