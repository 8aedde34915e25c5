import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** Panel name, shown in the fallback and used by the `?crash=<name>` self-test. */
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
    this.props.onReset?.();
    this.setState({ error: null });
  };

  render() {
    const { error } = this.state;
    if (!error) {
      return (
        <>
          <CrashSelfTest name={this.props.name} />
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

let selfTestDone = false;

/**
 * `?crash=<panel>` makes that panel throw once, so a deployment (and the e2e suite) can check
 * that a failing panel leaves the others usable.
 */
function CrashSelfTest({ name }: { name: string }) {
  if (!selfTestDone && typeof location !== 'undefined') {
    const wanted = new URLSearchParams(location.search).get('crash');
    if (wanted === name) {
      selfTestDone = true;
      throw new Error(`self-test crash requested by ?crash=${name}`);
    }
  }
  return null;
}
