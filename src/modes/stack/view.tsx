/**
 * The stack view: every feature map on the stage; the layer editor in the Parameters panel (its
 * `Settings`), where every other view keeps what the user changes, so the presenter's drawer and an
 * embed's `controls=0` treat it alike; the table; why fields grow, and the code.
 */
import { CodePanel } from '../../components/panels/CodePanel';
import { Explanation } from './Explanation';
import { FeatureMaps } from './FeatureMaps';
import { FieldTable } from './FieldTable';
import { LayerEditor } from './LayerEditor';
import { useStore } from '../../state/store';
import './stack.css';

export function Stage() {
  // Embedded or presenting, the maps fill the stage's box (stage--fit: the frame's or the screen's).
  const fit = useStore((s) => s.embed || s.presenting);
  return (
    <div className={`stage stack-stage${fit ? ' stage--fit stack-stage--fit' : ''}`}>
      <FeatureMaps />
    </div>
  );
}

export function Arithmetic() {
  return <FieldTable />;
}

export function Explainers() {
  return (
    <>
      <Explanation />
      <CodePanel />
    </>
  );
}

export const Settings = LayerEditor;

export { snippets } from './snippets';

/** The stack has no weights to edit, so no kernel presets. */
export const kernelPresets = () => [];
