/**
 * The image view's stage: the picture (a sample, or the user's own by picker, drop or paste), its
 * feature maps on the diverging scale with a legend, a cursor moved by pointer or arrow keys with the
 * magnifier's numbers, the kernel's weights and the classic presets. Clicking a point (or Enter)
 * opens that region in the step-by-step view.
 */
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { tapCol, tapRow } from '../../compute/geometry';
import { useStore } from '../../state/store';
import { FeatureCanvas, type Cell } from './FeatureCanvas';
import { KernelEditor } from './KernelEditor';
import { Legend } from './Legend';
import { Magnifier } from './Magnifier';
import { PresetStrip } from './PresetStrip';
import { SAMPLE_LABELS, sampleImage } from './samples';
import { useImageSource } from './source';
import { channelNames, type RgbaImage } from './tensor';
import { geometryOf, openSteps, shownPixels } from './stageData';
import { useFeatureMaps } from './useFeatureMaps';
import { PickImage } from './PickImage';
import { useBoxSize } from '../../hooks/useBoxSize';
import { fitPictures } from './fitPictures';

/** Caption lines are this many ems tall where the stage fits a box (image.css: .image-stage--fit). */
const CAPTION_EM = 1.4;

export function ImageStage() {
  const id = useId();
  const config = useStore((s) => s.config);
  // Embedded or presenting, the pictures fill the stage's box beside the kernel (and, presenting, the magnifier).
  const fit = useStore((s) => s.embed || s.presenting);
  const presenting = useStore((s) => s.presenting);
  const rowRef = useRef<HTMLDivElement>(null);
  const sideRef = useRef<HTMLDivElement>(null);
  const row = useBoxSize(rowRef, fit);
  const side = useBoxSize(sideRef, fit);
  const own = useImageSource((s) => s.own);
  const picture = own?.image ?? sampleImage(config.image);
  const { maps, source, error, version } = useFeatureMaps(picture);
  const [cursor, setCursor] = useState<Cell>({ row: 0, col: 0 });
  const [channel, setChannel] = useState(0);
  const names = channelNames(config.color);
  const geometry = useMemo(() => (source ? geometryOf(config, source) : null), [config, source]);
  const current = maps && geometry && geometry.outHeight === maps.height && geometry.outWidth === maps.width;

  // A new picture starts the cursor in the middle; new settings keep it, clamped to the map.
  const cursorSource = useRef<RgbaImage | null>(null);
  useEffect(() => {
    if (!maps) return;
    const fresh = cursorSource.current !== source;
    cursorSource.current = source;
    setCursor((c) =>
      fresh
        ? { row: maps.height >> 1, col: maps.width >> 1 }
        : { row: Math.min(c.row, maps.height - 1), col: Math.min(c.col, maps.width - 1) },
    );
  }, [maps, source]);
  useEffect(() => {
    if (maps && source)
      useImageSource.setState({
        lastRun: { input: [source.height, source.width], output: [maps.height, maps.width], ms: maps.ms },
      });
  }, [maps, source]);

  const shown = useMemo(
    () => (source ? shownPixels(source, config.color === 'gray') : null),
    [source, config.color],
  );
  const pick = useCallback(
    (cell: Cell, c = channel) => {
      if (source) openSteps(source, config, Math.min(c, names.length - 1), cell);
    },
    [source, config, channel, names.length],
  );
  const fromInput = useCallback(
    (cell: Cell): Cell =>
      maps && source
        ? {
            row: Math.min(maps.height - 1, Math.floor((cell.row * maps.height) / source.height)),
            col: Math.min(maps.width - 1, Math.floor((cell.col * maps.width) / source.width)),
          }
        : cell,
    [maps, source],
  );

  const onKey = (event: React.KeyboardEvent) => {
    if (!maps) return;
    const moves: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
    };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      const by = event.shiftKey ? 8 : 1;
      setCursor((c) => ({
        row: Math.min(maps.height - 1, Math.max(0, c.row + move[0] * by)),
        col: Math.min(maps.width - 1, Math.max(0, c.col + move[1] * by)),
      }));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      pick(cursor);
    }
  };

  const field: [number, number] = geometry
    ? [
        geometry.dilationRow * (geometry.kernelHeight - 1) + 1,
        geometry.dilationCol * (geometry.kernelWidth - 1) + 1,
      ]
    : [1, 1];
  const inputCursor =
    geometry && current
      ? { row: tapRow(geometry, cursor.row, 0), col: tapCol(geometry, cursor.col, 0) }
      : null;
  const widths =
    row && source
      ? fitPictures(
          [source, ...(maps?.colours ?? []).map(() => ({ width: maps!.width, height: maps!.height }))],
          row,
          side?.width ?? 0,
          row.em,
          row.em * CAPTION_EM,
        )
      : null;
  const magnifier = current && source && (!fit || presenting) && (
    <Magnifier
      cursor={cursor}
      geometry={geometry}
      image={source}
      maps={maps}
      color={config.color}
      pooling={config.op !== 'conv'}
    />
  );
  const what = own ? `your image “${own.name}”` : `the sample, ${SAMPLE_LABELS[config.image]}`;

  const pictures = (
    <div
      className="image-maps"
      tabIndex={0}
      role="group"
      aria-label="Feature map cursor: arrow keys move it (Shift: 8 cells), Enter opens that region step by step"
      aria-describedby={magnifier ? `${id}-mag` : undefined}
      onKeyDown={onKey}
      data-drawn={version}
      data-ms={maps?.ms.toFixed(2)}
    >
      {shown && source && (
        <FeatureCanvas
          width={source.width}
          height={source.height}
          rgba={shown}
          label={`Input: ${what}${config.color === 'gray' ? ', in grayscale' : ''}`}
          cursor={inputCursor}
          cursorSize={field}
          onPoint={(cell) => setCursor(fromInput(cell))}
          onPick={(cell) => pick(fromInput(cell))}
          {...(widths && { shownWidth: widths[0] })}
        />
      )}
      {maps?.colours.map((rgba, c) => (
        <FeatureCanvas
          key={`${c}-${names.length}`}
          width={maps.width}
          height={maps.height}
          rgba={rgba}
          label={`Output: feature map${names.length > 1 ? `, ${names[c]!.toLowerCase()} channel` : ''}, ${maps.width}×${maps.height}`}
          cursor={current ? cursor : null}
          cursorSize={[1, 1]}
          onPoint={(cell) => {
            setCursor(cell);
            setChannel(c);
          }}
          onPick={(cell) => pick(cell, c)}
          {...(widths && { shownWidth: widths[c + 1] })}
        />
      ))}
    </div>
  );

  return (
    <section
      className={`stage image-stage${fit ? ' stage--fit image-stage--fit' : ''}`}
      aria-labelledby={`${id}-h`}
    >
      <h2 id={`${id}-h`} className="visually-hidden">
        Image and feature map
      </h2>
      {/* Mounted while fitting too: a dropped or pasted picture still comes in, and its notices show. */}
      <PickImage />
      {error && (
        <p role="alert" className="image-message image-message--error">
          {error}
        </p>
      )}
      {fit ? (
        // Input and maps, then a column with the kernel, the colour scale and (presenting) the magnifier.
        <div ref={rowRef} className="image-fit-row">
          {pictures}
          <div ref={sideRef} className="image-side">
            {config.op === 'conv' && <KernelEditor />}
            {maps && <Legend maxAbs={maps.maxAbs} />}
            {magnifier && <div id={`${id}-mag`}>{magnifier}</div>}
          </div>
        </div>
      ) : (
        <>
          {pictures}
          {maps && <Legend maxAbs={maps.maxAbs} />}
          <p className="hint">
            Click a point, or press Enter on the cursor, to open that region in the step-by-step view.
          </p>
          <div className="image-tools">
            <div id={`${id}-mag`}>{magnifier}</div>
            {config.op === 'conv' && (
              <div className="image-kernel-tools">
                <KernelEditor />
                <PresetStrip />
              </div>
            )}
          </div>
        </>
      )}
    </section>
  );
}
