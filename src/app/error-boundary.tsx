import { Component, type ReactNode } from 'react';
import { STRINGS } from '../i18n/strings';
import { useView } from '../state/store';

interface Props {
  children: ReactNode;
  /** Changes when the user moves on (another selection): the boundary tries again. */
  resetKey?: unknown;
}

/** Catches a part of the page that failed to render (a bug, a code chunk that did not
 * load) and says so in place, with a way on, instead of blanking the whole atlas. */
export class ErrorBoundary extends Component<Props, { error: Error | null; key: unknown }> {
  state = { error: null as Error | null, key: this.props.resetKey };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  static getDerivedStateFromProps(props: Props, state: { error: Error | null; key: unknown }) {
    return props.resetKey !== state.key ? { error: null, key: props.resetKey } : null;
  }

  componentDidCatch(error: Error) {
    console.warn('atlas: a part of the page failed:', error.message);
  }

  render() {
    if (!this.state.error) return this.props.children;
    const t = STRINGS[useView.getState().lang];
    return (
      <div className="part-failed" role="alert">
        <p>
          {t.partFailed}: {this.state.error.message}
        </p>
        <button type="button" onClick={() => window.location.reload()}>
          {t.reload}
        </button>
      </div>
    );
  }
}
