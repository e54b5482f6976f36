/** The panels every window-family view shows around its own: the output-size formula first, the code last. */
import type { ReactNode } from 'react';
import { CodePanel } from '../../components/panels/CodePanel';
import { ShapePanel } from '../../components/panels/ShapePanel';

export function ExplainerList({ children }: { children: ReactNode }) {
  return (
    <>
      <ShapePanel />
      {children}
      <CodePanel />
    </>
  );
}
