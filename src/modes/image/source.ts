/**
 * Which picture the image view shows: the configured sample, or the user's own. The user's image
 * lives here, in the view's chunk, not in the configuration: pixels cannot travel in a link. It
 * survives tab switches; a refused file leaves it (and every setting) as it was.
 */
import { create } from 'zustand';
import { loadImageFile } from './load';
import type { RgbaImage } from './tensor';

export interface OwnImage {
  name: string;
  image: RgbaImage;
  notes: string[];
}

interface SourceState {
  own: OwnImage | null;
  /** Why the last file was refused, or null. */
  refusal: string | null;
  loading: boolean;
  /** The last drawn result, for the summary panel: sizes and the worker's time. */
  lastRun: { input: [number, number]; output: [number, number]; ms: number } | null;
  open: (file: File) => Promise<void>;
  backToSample: () => void;
}

export const useImageSource = create<SourceState>()((set) => ({
  own: null,
  refusal: null,
  loading: false,
  lastRun: null,
  open: async (file) => {
    set({ loading: true });
    try {
      const result = await loadImageFile(file);
      if (result.ok)
        set({ own: { name: result.name, image: result.image, notes: result.notes }, refusal: null });
      else set({ refusal: result.message });
    } catch (error) {
      set({
        refusal: `“${file.name}” could not be read (${error instanceof Error ? error.message : String(error)}).`,
      });
    } finally {
      set({ loading: false });
    }
  },
  backToSample: () => set({ own: null, refusal: null }),
}));
