/**
 * "Export": the current view as a figure for slides and handouts — an SVG or PNG of this step, or
 * an animated GIF of every step, at a 16:9 size, with an optional caption and the licence line.
 * SVG is written here (one step is quick); PNG and GIF are drawn and encoded in a worker, with
 * progress, and the GIF's size is bounded before it starts.
 */
import { memo, useEffect, useId, useRef, useState } from 'react';
import { useModalDialog } from '../../hooks/useModalDialog';
import { useStore } from '../../state/store';
import { configProblem, operationFor } from '../../state/derived';
import { LICENCE_LINE } from '../../figure/layout';
import { loadSceneMaker } from '../../figure/sceneFor';
import { sceneToSvg } from '../../figure/toSvg';
import { planGif } from '../../figure/gifLimits';
import { download, startExport, type ExportHandle } from '../../figure/startExport';

/** 16:9, as slides are: the projector's 1080p and 720p, and a small one for a handout or a web page. */
const SIZES = [
  [1280, 720],
  [1920, 1080],
  [640, 360],
] as const;

type Kind = 'svg' | 'png' | 'gif';
interface Job {
  kind: Kind;
  done: number;
  total: number;
}

export const ExportDialog = memo(function ExportDialog({
  open,
  onClose,
  returnFocus,
}: {
  open: boolean;
  onClose: () => void;
  returnFocus?: () => HTMLElement | null;
}) {
  const id = useId();
  const ref = useModalDialog(open, returnFocus);
  const [sizeIndex, setSizeIndex] = useState(0);
  const [caption, setCaption] = useState(true);
  const [job, setJob] = useState<Job | null>(null);
  const [said, setSaid] = useState('');
  const handle = useRef<ExportHandle | null>(null);
  const config = useStore((s) => s.config);
  const step = useStore((s) => s.step);
  const speed = useStore((s) => s.speed);
  const [width, height] = SIZES[sizeIndex]!;
  const problem = configProblem(config);
  const steps = problem ? 0 : operationFor(config).stepCount;
  const gifPlan = problem ? null : planGif(steps, width, height);
  const name = `kernelwise-${config.mode}-${config.size[0]}x${config.size[1]}`;

  // Closing the dialog stops a running job.
  useEffect(() => () => handle.current?.cancel(), []);

  const exportSvg = async () => {
    const maker = await loadSceneMaker(config, { width, height, caption });
    download(sceneToSvg(maker.scene(step)), 'image/svg+xml', `${name}-step-${step + 1}.svg`);
    setSaid(`Saved ${name}-step-${step + 1}.svg`);
  };

  const exportRaster = (kind: 'png' | 'gif') => {
    handle.current?.cancel();
    const filename = kind === 'png' ? `${name}-step-${step + 1}.png` : `${name}.gif`;
    const request = { kind, config, step, width, height, caption, frameMs: Math.round(1000 / speed) };
    const started = performance.now();
    const current = startExport(request, (done, total) => setJob({ kind, done, total }));
    handle.current = current;
    setJob({ kind, done: 0, total: kind === 'gif' ? steps : 1 });
    setSaid(kind === 'gif' ? 'Making the GIF…' : 'Drawing the PNG…');
    current.result.then(
      ({ bytes, mime }) => {
        if (handle.current !== current) return;
        download(bytes, mime, filename);
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        setSaid(
          `Saved ${filename} (${Math.round(bytes.byteLength / 1024).toLocaleString('en')} KB, ${seconds} s)`,
        );
        setJob(null);
      },
      (error: unknown) => {
        if (handle.current !== current) return;
        setSaid(
          `Could not make the ${kind.toUpperCase()}: ${error instanceof Error ? error.message : String(error)}`,
        );
        setJob(null);
      },
    );
  };

  const cancel = () => {
    handle.current?.cancel();
    handle.current = null;
    setJob(null);
    setSaid('Cancelled.');
  };

  const run = (kind: Kind) => {
    if (kind === 'svg')
      void exportSvg().catch((e: unknown) =>
        setSaid(`Could not make the SVG: ${e instanceof Error ? e.message : String(e)}`),
      );
    else exportRaster(kind);
  };

  const busy = job !== null;
  return (
    <dialog ref={ref} className="dialog" aria-labelledby={`${id}-h`} onClose={onClose}>
      <h2 id={`${id}-h`}>Export a figure</h2>
      <fieldset className="embed-options">
        <legend>Size (16:9, for slides)</legend>
        {SIZES.map(([w, h], i) => (
          <label key={w} className="field--check">
            <input
              type="radio"
              name={`${id}-size`}
              checked={sizeIndex === i}
              onChange={() => setSizeIndex(i)}
              disabled={busy}
            />
            <span>
              {w}×{h}
            </span>
          </label>
        ))}
      </fieldset>
      <label className="field--check">
        <input
          type="checkbox"
          checked={caption}
          onChange={(e) => setCaption(e.target.checked)}
          disabled={busy}
        />
        <span>Caption with the parameters</span>
      </label>
      {problem ? (
        <p className="field-refusal">Nothing to export: {problem}</p>
      ) : (
        <div className="field--buttons">
          <button type="button" onClick={() => run('svg')} disabled={busy}>
            SVG of step {step + 1}
          </button>
          <button type="button" onClick={() => run('png')} disabled={busy}>
            PNG of step {step + 1}
          </button>
          <button type="button" onClick={() => run('gif')} disabled={busy || !gifPlan?.ok}>
            GIF of all {steps.toLocaleString('en')} steps
          </button>
        </div>
      )}
      {gifPlan && (
        <p className={gifPlan.ok ? 'hint' : 'field-refusal'} id={`${id}-gif`}>
          GIF: {gifPlan.ok ? gifPlan.note : gifPlan.why}
        </p>
      )}
      {job && (
        <div className="field--buttons">
          <progress max={job.total} value={job.done} aria-label={`${job.kind.toUpperCase()} progress`} />
          <span>{job.kind === 'gif' ? `Frame ${job.done} of ${job.total}` : 'Drawing'}</span>
          <button type="button" onClick={cancel}>
            Cancel
          </button>
        </div>
      )}
      <p className="hint" aria-live="polite">
        {said}
      </p>
      <p className="hint">
        Figures are free to reuse under the Creative Commons Attribution 4.0 licence: credit “{LICENCE_LINE}”,
        as printed on every figure.
      </p>
      <form method="dialog">
        <button type="submit">Close</button>
      </form>
    </dialog>
  );
});
