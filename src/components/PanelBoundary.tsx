import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** Panel name, shown in the fallback (and, in test builds, the `?crash=<name>` self-test). */
  readonly name: string;
  /** Resets the store state this panel depends on, before it renders again. */
  readonly onReset?: () => void;
  readonly children: ReactNode;
}

interface State {
  readonly error: Error | null;
}

/**
 * Keeps one panel's crash from taking down the page: the rest stays usable and the panel offers
 * to reset itself. Errors are values for expected failures; this catches only bugs.
 */
export class PanelBoundary extends Component<Props, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`kube-paths: the ${this.props.name} panel failed`, error, info.componentStack);
  }

  private reset = () => {
    if (__KP_SELF_TEST__) selfTestsReset.add(this.props.name);
    this.props.onReset?.();
    this.setState({ error: null });
  };

  render() {
    const { error } = this.state;
    if (!error) {
      return (
        <>
          {__KP_SELF_TEST__ ? <CrashSelfTest name={this.props.name} /> : null}
          {this.props.children}
        </>
      );
    }
    return (
      <div role="alert" className="panel-error" data-testid={`panel-error-${this.props.name}`}>
        <p>
          The {this.props.name} panel stopped working: <code>{error.message}</code>. The rest of the
          page still works.
        </p>
        <button type="button" onClick={this.reset}>
          Reset the {this.props.name} panel
        </button>
      </div>
    );
  }
}

/** Panels whose self-test crash was reset: they render normally from then on. */
const selfTestsReset = new Set<string>();
/** Read once: the URL sync rewrites the query string after the first render. */
const requestedCrash =
  !__KP_SELF_TEST__ || typeof location === 'undefined'
    ? null
    : new URLSearchParams(location.search).get('crash');

/**
 * Test builds only: `?crash=<panel>` makes that panel throw until it is reset, so the e2e suite
 * can check that a failing panel leaves the others usable. Production bundles do not contain it.
 */
function CrashSelfTest({ name }: { name: string }) {
  if (requestedCrash === name && !selfTestsReset.has(name)) {
    throw new Error(`self-test crash requested by ?crash=${name}`);
  }
  return null;
}
