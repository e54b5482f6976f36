/**
 * A few short paragraphs on what the current view computes and why networks use it. Plain prose, no
 * numbers from the configuration: the other panels show the figures, this one says what they mean.
 */
import { memo, useId, type ReactNode } from 'react';

export const ExplainPanel = memo(function ExplainPanel({
  mode,
  title,
  children,
}: {
  mode: string;
  title: string;
  children: ReactNode;
}) {
  const headingId = useId();
  return (
    <section className="panel explain" aria-labelledby={headingId} data-mode={mode}>
      <h2 id={headingId}>
        What&apos;s happening <span className="explain-mode">in {title}</span>
      </h2>
      <div className="explain-body">{children}</div>
    </section>
  );
});
