/**
 * Why a link's subject cannot be shown, in the same words as search: a code with a bad check
 * character gets the USCC sentence, an id nothing has gets the not-found sentence (instead of a
 * blank canvas). Null while checking and when the subject exists.
 */
import { useEffect, useState } from 'react';
import { request } from '../api/client.ts';
import { ApiError, humanError } from '../api/errors.ts';
import { CompanyByUsccDocument, NodeNameDocument } from '../api/generated.ts';
import { notFoundText } from '../i18n.ts';
import { looksLikeUscc } from '../search/logic.ts';
import type { Lang } from './route.ts';

export function useSubjectProblem(subject: string | null, lang: Lang): string | null {
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    setProblem(null);
    if (!subject) return;
    const controller = new AbortController();
    void (async () => {
      try {
        const { node } = await request(NodeNameDocument, { id: subject }, { signal: controller.signal });
        if (node) return;
        if (looksLikeUscc(subject)) {
          const check = await request(CompanyByUsccDocument, { uscc: subject }, { signal: controller.signal }).then(() => null, (error: unknown) => error);
          if (check instanceof ApiError && check.code === 'BAD_USER_INPUT') {
            setProblem(humanError(check, lang));
            return;
          }
        }
        setProblem(notFoundText(lang, subject));
      } catch {
        // The mode's own request reports network and server errors.
      }
    })();
    return () => controller.abort();
  }, [subject, lang]);
  return problem;
}
