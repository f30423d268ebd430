import { Component, type ErrorInfo, type ReactNode } from 'react'

interface ChartErrorBoundaryProps {
  /** What to show instead of the chart: a message and the chart's text alternative. */
  fallback: ReactNode
  /** A change of key (e.g. new data) gives the chart another try. */
  resetKey: string
  children: ReactNode
}

interface State {
  failedFor: string | null
}

/** Keeps a failing chart's error inside that chart; the rest of the page goes on working. */
export class ChartErrorBoundary extends Component<ChartErrorBoundaryProps, State> {
  state: State = { failedFor: null }

  static getDerivedStateFromError(): Partial<State> {
    return { failedFor: '' }
  }

  componentDidCatch(error: Error, info: ErrorInfo): void {
    this.setState({ failedFor: this.props.resetKey })
    console.error('Chart failed to draw', error, info.componentStack)
  }

  render() {
    const { failedFor } = this.state
    if (failedFor !== null && (failedFor === '' || failedFor === this.props.resetKey))
      return this.props.fallback
    return this.props.children
  }
}
