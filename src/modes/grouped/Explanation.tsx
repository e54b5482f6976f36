/** What grouped, depthwise and depthwise-separable convolutions compute and why networks use them. */
import { ExplainPanel } from '../../components/panels/ExplainPanel';

export function Explanation() {
  return (
    <ExplainPanel mode="grouped" title="a grouped convolution">
      <>
        <p>
          In a standard convolution every filter reads every input channel. A <em>grouped</em> convolution
          splits the input channels and the filters into <em>groups</em> of equal size, and each filter reads
          only the channels of its own group. With 4 input channels in 2 groups, filters of group 1 read
          channels 1–2 and filters of group 2 read channels 3–4: each filter has half the slices, so the layer
          has half the weights and does half the multiply-adds. The number of groups must divide both the
          input and the output channels.
        </p>
        <p>
          With as many groups as input channels, each filter reads a single channel: a <em>depthwise</em>{' '}
          convolution. Each channel is filtered on its own, and nothing mixes channels. With more output than
          input channels, each channel gets several filters: the <em>depth multiplier</em>, C<sub>out</sub> /
          C<sub>in</sub>.
        </p>
        <p>
          A <em>depthwise-separable</em> convolution follows the depthwise k×k convolution with a 1×1{' '}
          <em>pointwise</em> one, which mixes the channels at each position. The pair sees the same k×k
          neighbourhood as a standard convolution for a fraction of its cost: 1/C<sub>out</sub> + 1/k² of the
          multiply-adds. MobileNet and Xception are built from these blocks; ResNeXt uses grouped
          convolutions.
        </p>
        <p>
          The <em>bias</em> is one number per filter, added after the products are summed. In a separable
          block only the pointwise stage has one: a bias on the depthwise stage would pass straight through
          the 1×1 convolution and add nothing the pointwise bias cannot.
        </p>
      </>
    </ExplainPanel>
  );
}
