/** Keeps a failing panel (or a chunk that could not load on a flaky network) from blanking the page. */
import { Component, type ReactNode } from 'react';

interface State {
  failed: boolean;
}

export class PanelBoundary extends Component<{ children: ReactNode; what: string }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <section className="panel" role="note">
        <p>
          The {this.props.what} could not be shown (perhaps the network dropped while loading). The grids and
          controls still work; reload the page to try again.
        </p>
      </section>
    );
  }
}
