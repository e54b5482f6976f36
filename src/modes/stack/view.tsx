/** The stack view: the layer editor and every feature map; the table; why fields grow, and the code. */
import { CodePanel } from '../../components/panels/CodePanel';
import { Explanation } from './Explanation';
import { FeatureMaps } from './FeatureMaps';
import { FieldTable } from './FieldTable';
import { LayerEditor } from './LayerEditor';
import './stack.css';

export function Stage() {
  return (
    <div className="stage stack-stage">
      <LayerEditor />
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
