/** Runs one typed GraphQL request whenever its variables change; the older request is aborted. */
import { useEffect, useState } from 'react';
import { request, type TypedDocument } from '../api/client.ts';

export type QueryState<T> = { status: 'idle' } | { status: 'loading' } | { status: 'error'; error: unknown } | { status: 'done'; data: T };

export function useQuery<TResult, TVariables>(document: TypedDocument<TResult, TVariables>, variables: TVariables | null): QueryState<TResult> {
  const [state, setState] = useState<QueryState<TResult>>({ status: 'idle' });
  const key = variables === null ? null : JSON.stringify(variables);
  useEffect(() => {
    if (key === null) {
      setState({ status: 'idle' });
      return;
    }
    const controller = new AbortController();
    setState({ status: 'loading' });
    request(document, JSON.parse(key) as TVariables, { signal: controller.signal }).then(
      (data) => setState({ status: 'done', data }),
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ status: 'error', error });
      },
    );
    return () => controller.abort();
  }, [document, key]);
  return state;
}
