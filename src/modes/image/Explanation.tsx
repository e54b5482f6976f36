/** What the image view shows, in plain words, and a summary of the last computation. */
import { memo, useId } from 'react';
import { ExplainPanel } from '../../components/panels/ExplainPanel';
import { useImageSource } from './source';

export const ImageSummary = memo(function ImageSummary() {
  const id = useId();
  const run = useImageSource((s) => s.lastRun);
  const own = useImageSource((s) => s.own?.name ?? null);
  return (
    <section className="panel image-summary" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>The whole picture at once</h2>
      {run ? (
        <p>
          {own ? `Your image “${own}”` : 'The sample'} is {run.input[1]}×{run.input[0]} pixels; the feature
          map is {run.output[1]}×{run.output[0]}. Computed in a background worker in {run.ms.toFixed(1)} ms,
          so the page never waits for it.
        </p>
      ) : (
        <p>Computing the feature map…</p>
      )}
      <p className="hint">
        Your own image stays on this device and cannot be part of a link: a link to this view brings back the
        settings and the sample, not your picture.
      </p>
    </section>
  );
});

export function ImageExplanation() {
  return (
    <ExplainPanel mode="image" title="a real picture">
      <>
        <p>
          A network&apos;s first layer slides each kernel over the whole image, exactly as the step-by-step
          views do over a small grid. The result, a <em>feature map</em>, is large wherever the patch under
          the kernel looks like the kernel.
        </p>
        <p>
          An edge detector such as Sobel x gives strong positive values where brightness rises from left to
          right and strong negative ones where it falls; flat regions give values near zero. That is why the
          colour scale is centred at zero.
        </p>
        <p>
          In colour, the same kernel runs on the red, green and blue channels separately: an edge between two
          colours of equal brightness can vanish in grayscale yet stand out in one channel.
        </p>
        <p className="explain-note">
          Pooling keeps the strongest (or the average) response of each window and shrinks the map, which is
          how networks trade resolution for a wider view.
        </p>
      </>
    </ExplainPanel>
  );
}
