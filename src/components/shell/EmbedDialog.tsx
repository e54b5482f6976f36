/**
 * "Embed": the <iframe> code for the current view, with size, autoplay and controls options, a
 * copy button, and a live preview of exactly what the host page will show.
 */
import { memo, useId, useState } from 'react';
import { useModalDialog } from '../../hooks/useModalDialog';
import { useStore } from '../../state/store';
import { shareLink } from '../../state/urlSync';
import { CopyButton } from './CopyButton';
import { NumberField } from '../controls/NumberField';
import { MODE_LABELS } from '../../state/config';

const escapeAttribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export const EmbedDialog = memo(function EmbedDialog({
  open,
  onClose,
  returnFocus,
}: {
  open: boolean;
  onClose: () => void;
  /** Where focus goes on closing when the element that had it before is gone (see useModalDialog). */
  returnFocus?: () => HTMLElement | null;
}) {
  const id = useId();
  const ref = useModalDialog(open, returnFocus);
  const [width, setWidth] = useState(640);
  const [height, setHeight] = useState(480);
  const [autoplay, setAutoplay] = useState(false);
  const [controls, setControls] = useState(false);
  const config = useStore((s) => s.config);

  const url = new URL(shareLink({ ...useStore.getState(), config, embed: true, controls, origin: null }));
  if (autoplay) url.searchParams.set('autoplay', '1');
  const src = url.toString();
  const title = `Kernelwise: ${MODE_LABELS[config.mode]} convolution`;
  const code = `<iframe src="${escapeAttribute(src)}" width="${width}" height="${height}" title="${escapeAttribute(title)}" loading="lazy" style="border:0" allow="fullscreen"></iframe>`;

  return (
    <dialog ref={ref} className="dialog dialog--embed" aria-labelledby={`${id}-h`} onClose={onClose}>
      <h2 id={`${id}-h`}>Embed this view</h2>
      <div className="fields embed-options">
        <NumberField
          label="Width (px)"
          value={width}
          min={320}
          max={1600}
          onCommit={(v) => {
            setWidth(v);
            return true;
          }}
        />
        <NumberField
          label="Height (px)"
          value={height}
          min={240}
          max={1200}
          onCommit={(v) => {
            setHeight(v);
            return true;
          }}
        />
        <label className="field field--check">
          <input type="checkbox" checked={autoplay} onChange={(e) => setAutoplay(e.target.checked)} />
          <span>Start playing on load</span>
        </label>
        <label className="field field--check">
          <input type="checkbox" checked={controls} onChange={(e) => setControls(e.target.checked)} />
          <span>Show parameter controls</span>
        </label>
      </div>
      <label className="field">
        <span>HTML to paste into your page</span>
        <textarea
          className="embed-code"
          readOnly
          rows={4}
          value={code}
          onFocus={(e) => e.currentTarget.select()}
        />
      </label>
      <CopyButton text={code} label="Copy embed code" />
      <p className="hint" id={`${id}-preview`}>
        Preview at {width}×{height}:
      </p>
      {/* The preview is a picture of the embed, not a second app to walk through: the frame is inert
          (no tab stops inside it, and Escape reaches this dialog), and the region around it is one
          stop that scrolls with the arrow keys. */}
      <div className="embed-preview" role="region" aria-labelledby={`${id}-preview`} tabIndex={0}>
        {open && (
          <iframe src={src} title={`${title} (preview)`} width={width} height={height} tabIndex={-1} inert />
        )}
      </div>
      <form method="dialog">
        <button type="submit">Close</button>
      </form>
    </dialog>
  );
});
