/**
 * Where a user's own picture comes in: a file picker, a drop anywhere on the page, or a paste. A
 * refused file is explained here, and nothing else changes.
 */
import { memo, useEffect, useRef } from 'react';
import { useImageSource } from './source';

const firstFile = (list: FileList | null | undefined): File | null => list?.[0] ?? null;

export const PickImage = memo(function PickImage() {
  const input = useRef<HTMLInputElement>(null);
  const own = useImageSource((s) => s.own);
  const refusal = useImageSource((s) => s.refusal);
  const loading = useImageSource((s) => s.loading);
  const open = useImageSource((s) => s.open);
  const backToSample = useImageSource((s) => s.backToSample);

  useEffect(() => {
    const onPaste = (event: ClipboardEvent) => {
      const file = firstFile(event.clipboardData?.files);
      if (!file) return;
      event.preventDefault();
      void open(file);
    };
    const onDragOver = (event: DragEvent) => {
      if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
    };
    const onDrop = (event: DragEvent) => {
      const file = firstFile(event.dataTransfer?.files);
      if (!file) return;
      event.preventDefault();
      void open(file);
    };
    document.addEventListener('paste', onPaste);
    document.addEventListener('dragover', onDragOver);
    document.addEventListener('drop', onDrop);
    return () => {
      document.removeEventListener('paste', onPaste);
      document.removeEventListener('dragover', onDragOver);
      document.removeEventListener('drop', onDrop);
    };
  }, [open]);

  return (
    <div className="image-pick">
      <div className="image-pick-row">
        <button type="button" onClick={() => input.current?.click()}>
          Open your own image…
        </button>
        <input
          ref={input}
          hidden
          type="file"
          accept="image/png,image/jpeg,image/gif,image/webp,image/bmp"
          onChange={(e) => {
            const file = firstFile(e.target.files);
            e.target.value = '';
            if (file) void open(file);
          }}
        />
        {own && (
          <button type="button" onClick={backToSample}>
            Back to the sample
          </button>
        )}
        <span className="hint">
          or drop or paste one (PNG, JPEG, GIF, WebP, BMP; it never leaves this device)
        </span>
      </div>
      {loading && <p className="hint">Reading the image…</p>}
      {refusal && (
        <p role="alert" className="image-message image-message--error">
          {refusal}
        </p>
      )}
      {own?.notes.map((note) => (
        <p key={note} className="image-message">
          {note}
        </p>
      ))}
    </div>
  );
});
