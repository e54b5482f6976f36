/**
 * The feature maps of the shown picture under the current settings, computed in the worker. Every
 * change of settings or picture sends a request; the client drops any that a newer one overtook, so
 * only the latest result is ever drawn.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useStore } from '../../state/store';
import { kernelValues } from '../../state/operation';
import type { Config } from '../types';
import { ImageWorkerClient } from './client';
import type { ImageResponse } from './protocol';
import type { RgbaImage } from './tensor';

let client: ImageWorkerClient | null = null;
const theClient = () => (client ??= new ImageWorkerClient());

export type FeatureMaps = Extract<ImageResponse, { ok: true }>;

export interface FeatureState {
  maps: FeatureMaps | null;
  /** The picture the maps were computed from (the maps arrive after the picture changes). */
  source: RgbaImage | null;
  error: string | null;
  /** How many results have been drawn: a hook for the UI benchmark and the tests. */
  version: number;
}

/** The settings a request needs, as primitives, so an unrelated change (the theme) sends nothing. */
function settingsKey(c: Config): string {
  return JSON.stringify([
    c.op,
    c.color,
    c.k,
    c.stride,
    c.pad,
    c.dilation,
    c.op === 'conv' ? kernelValues(c) : null,
  ]);
}

export function useFeatureMaps(image: RgbaImage): FeatureState {
  const key = useStore((s) => settingsKey(s.config));
  const config = useStore((s) => s.config);
  // The config object changes with every edit; the key says whether the request would.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const request = useMemo(() => config, [key]);
  const [state, setState] = useState<FeatureState>({ maps: null, source: null, error: null, version: 0 });

  useEffect(() => {
    const c = request;
    const kernel = c.op === 'conv' ? kernelValues(c)![0]![0]! : [[0]];
    let live = true;
    void theClient()
      .run({
        width: image.width,
        height: image.height,
        rgba: image.rgba,
        color: c.color,
        op: c.op,
        kernelSize: c.k,
        weights: Float64Array.from(kernel.flat()),
        stride: c.stride ?? (c.op === 'conv' ? [1, 1] : c.k),
        padding: c.op === 'conv' ? c.pad : 0,
        dilation: c.op === 'conv' ? c.dilation : [1, 1],
      })
      .then((response) => {
        if (!response) return;
        if (!live) {
          theClient().recycle(response);
          return;
        }
        setState((s) =>
          response.ok
            ? { maps: response, source: image, error: null, version: s.version + 1 }
            : { ...s, error: response.message },
        );
      });
    return () => {
      live = false;
    };
  }, [image, request]);

  // Once new maps are on screen, nothing reads the previous ones (their pixels were copied into the
  // canvases): their memory goes back to the worker. Only on a change, so an effect run twice is harmless.
  const shown = useRef<FeatureMaps | null>(null);
  useEffect(() => {
    const previous = shown.current;
    shown.current = state.maps;
    if (previous && previous !== state.maps) theClient().recycle(previous);
  }, [state.maps]);
  return state;
}
