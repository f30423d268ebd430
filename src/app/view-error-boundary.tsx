import { Component, type ErrorInfo, type ReactNode } from 'react'
import { useLanguage } from '@/lib/language'
import { failedScriptUrl, reloadOnceFor, scriptIsGone } from '@/app/view-load-failure'

type Failure =
  | { kind: 'crashed'; detail: string }
  | { kind: 'download'; url: string }
  | { kind: 'new-version'; url: string }

interface Props {
  /** The view's name as the navigation shows it. */
  viewLabel: string
  /** Called by "Try again": forget the failed load, then draw the view anew. */
  onRetry: () => void
  children: ReactNode
}

/**
 * Keeps a view's failure inside <main>: the header, the navigation and the language switch stay,
 * and the person is told what failed and offered to try again. A view whose code is gone from
 * the server (the site was deployed again) reloads the page once, which fetches the new code.
 */
export class ViewErrorBoundary extends Component<Props, { failure: Failure | null }> {
  state = { failure: null as Failure | null }

  static getDerivedStateFromError(error: unknown): { failure: Failure } {
    const url = failedScriptUrl(error)
    return {
      failure: url
        ? { kind: 'download', url }
        : { kind: 'crashed', detail: error instanceof Error ? error.message : String(error) },
    }
  }

  componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('A view failed', error, info.componentStack)
    const url = failedScriptUrl(error)
    if (!url) return
    void scriptIsGone(url).then((gone) => {
      if (gone && !reloadOnceFor(url)) this.setState({ failure: { kind: 'new-version', url } })
    })
  }

  render() {
    const { failure } = this.state
    if (!failure) return this.props.children
    return (
      <ViewFailure
        failure={failure}
        viewLabel={this.props.viewLabel}
        onRetry={this.props.onRetry}
      />
    )
  }
}

function ViewFailure({
  failure,
  viewLabel,
  onRetry,
}: {
  failure: Failure
  viewLabel: string
  onRetry: () => void
}) {
  const { t } = useLanguage()
  return (
    <section className="status status--error" role="alert">
      <p>
        <strong>{t('app.viewError.title', { view: viewLabel })}</strong>
      </p>
      <p>
        {failure.kind === 'crashed' && t('app.viewError.crashed', { detail: failure.detail })}
        {failure.kind === 'download' && t('app.viewError.download', { url: failure.url })}
        {failure.kind === 'new-version' && t('app.viewError.newVersion')}
      </p>
      {failure.kind === 'new-version' ? (
        <button type="button" onClick={() => window.location.reload()}>
          {t('app.viewError.reload')}
        </button>
      ) : (
        <button type="button" onClick={onRetry}>
          {t('app.retry')}
        </button>
      )}
    </section>
  )
}
