/** The stack view: the layer editor and every feature map; the table; why fields grow, and the code. */
import { CodePanel } from '../../components/panels/CodePanel';
import { Explanation } from './Explanation';
import { FeatureMaps } from './FeatureMaps';
import { FieldTable } from './FieldTable';
import { LayerEditor } from './LayerEditor';
import { useStore } from '../../state/store';
import './stack.css';

export function Stage() {
  // An embed shows the maps only (scaled to fit its frame); the host sets the stack by URL or `set`.
  const embed = useStore((s) => s.embed);
  return (
    <div className="stage stack-stage">
      {!embed && <LayerEditor />}
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

export { snippets } from './snippets';
export const kernelPresets = () => [];
