/** "Same in code": the current layer in PyTorch and in Keras, with the output shape each prints. */
import { memo, useId, useMemo, useState } from 'react';
import { useStore } from '../../state/store';
import { operationFor } from '../../state/derived';
import { loadedModeView } from '../../modes/viewCache';
import { CopyButton } from '../shell/CopyButton';

type Framework = 'pytorch' | 'keras';

export const CodePanel = memo(function CodePanel() {
  const id = useId();
  const config = useStore((s) => s.config);
  const [framework, setFramework] = useState<Framework>('pytorch');
  // The panel is part of the mode's view, so the view (and its snippets) has loaded.
  const snippets = useMemo(
    () => loadedModeView(config.mode)!.snippets(config, operationFor(config)),
    [config],
  );
  const code = framework === 'pytorch' ? snippets.pytorch : snippets.keras;
  const shape = framework === 'pytorch' ? snippets.pytorchShape : snippets.kerasShape;

  return (
    <section className="panel code" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Same in code</h2>
      <div className="code-tabs" role="radiogroup" aria-label="Framework">
        {(['pytorch', 'keras'] as const).map((f) => (
          <label key={f} className="code-tab">
            <input
              type="radio"
              name={`${id}-fw`}
              checked={framework === f}
              onChange={() => setFramework(f)}
            />
            <span>{f === 'pytorch' ? 'PyTorch' : 'Keras / TensorFlow'}</span>
          </label>
        ))}
      </div>
      <pre
        className="code-block"
        tabIndex={0}
        aria-label={`${framework === 'pytorch' ? 'PyTorch' : 'Keras'} code`}
      >
        <code>{code}</code>
      </pre>
      <p className="code-shape">
        prints <code>{shape}</code>
      </p>
      <CopyButton text={code} label="Copy code" />
    </section>
  );
});
