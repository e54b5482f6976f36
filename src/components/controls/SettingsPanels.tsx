/** The settings sidebar, as one lazily loaded chunk: parameters and value tools. */
import { ParameterPanel } from './ParameterPanel';
import { KernelTools } from './KernelTools';

export default function SettingsPanels() {
  return (
    <>
      <ParameterPanel />
      <KernelTools />
    </>
  );
}
