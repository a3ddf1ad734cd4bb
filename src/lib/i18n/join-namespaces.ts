/**
 * A catalogue's messages and review list from its namespaces (messages/<language>/<namespace>.ts),
 * so each language's index names its namespaces once. The source language's join keeps every
 * key's type (`MessageKey` comes from it); a translation's join is typed against the source's
 * namespaces, so a namespace left out fails the type check like a key left out.
 */
import type { MessageKey, Messages, NamespaceMessages, NamespaceReview } from './catalogue.ts';
import type { sourceNamespaces } from './messages/en-GB/index.ts';

type Intersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;

/** The source language's messages: every namespace's, with their keys' types. */
export function joinSourceMessages<N extends Readonly<Record<string, { readonly messages: object }>>>(
  namespaces: N,
): Intersection<N[keyof N]['messages']> {
  return Object.assign({}, ...Object.values(namespaces).map((n) => n.messages)) as Intersection<N[keyof N]['messages']>;
}

type SourceNamespaces = typeof sourceNamespaces;

/** One translation's namespaces, each typed against its en-GB namespace. */
export type TranslatedNamespaces = {
  readonly [N in keyof SourceNamespaces]: {
    readonly messages: NamespaceMessages<SourceNamespaces[N]['messages']>;
    readonly review: NamespaceReview<SourceNamespaces[N]['messages']>;
  };
};

/** A translation's messages and the keys it marks for review, from all its namespaces. */
export function joinTranslation(namespaces: TranslatedNamespaces): {
  messages: Messages;
  review: readonly MessageKey[];
} {
  const parts = Object.values(namespaces);
  return {
    // Every namespace is complete against its source, and the namespaces are the source's.
    messages: Object.assign({}, ...parts.map((n) => n.messages)) as Messages,
    review: parts.flatMap((n) => n.review as readonly MessageKey[]),
  };
}
