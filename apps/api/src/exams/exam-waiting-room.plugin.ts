import { Plugin } from '@nestjs/apollo';
import { DomainError, ExamWaitingRoom } from '@hocso/server-core';
import { type DocumentNode, GraphQLError, Kind, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import { clientGoneSignal } from '../graphql/client-gone-signal';
import { domainErrorExtensions } from '../graphql/domain-error-extensions';
import type { GraphqlContext } from '../graphql/request-loaders';

interface ResolvedOperation {
  document: DocumentNode;
  operation?: OperationDefinitionNode | null;
  contextValue: GraphqlContext;
}

/**
 * Puts a startAttempt operation through the exam waiting room as soon as it is parsed and validated, and
 * holds its slot until its answer is sent. Gating inside the resolver came too late: on exam day the API's
 * one thread is the limit, so the signing-in, the reads and the answer of a start (the attempt's questions)
 * cost as much as the start itself, and a thousand requests sharing that thread reached the resolver at the
 * pace they were served: the line stayed empty, nobody was refused, and the last waited 25 s.
 *
 * A start that would only resume an attempt in progress waits in line too: telling it apart is the read of
 * the open attempt, which is the very work the line holds back (let through, those reads queued in the
 * database pool, where the line cannot see them). The portal resumes by reading the attempt, not by starting it.
 */
@Plugin()
export class ExamWaitingRoomPlugin {
  constructor(private readonly waitingRoom: ExamWaitingRoom) {}

  // Typed structurally: @apollo/server ships CJS and ESM type declarations that do not unify.
  async requestDidStart() {
    let slot: Promise<() => void> | undefined;
    return {
      didResolveOperation: async ({ document, operation, contextValue }: ResolvedOperation) => {
        if (operation?.operation !== 'mutation' || !selectsStartAttempt(operation.selectionSet, document)) return;
        const { req } = contextValue;
        slot = this.waitingRoom.enter(clientGoneSignal(req));
        try {
          // Freed when the answer is sent, or when the connection closes first.
          req.res?.once('close', freeWhenEntered(slot));
          await slot;
        } catch (error) {
          if (error instanceof DomainError) throw refusalOf(error);
          throw error;
        }
      },
      willSendResponse: async () => {
        if (slot) freeWhenEntered(slot)();
      },
    };
  }
}

/** Whether the root of a mutation selects startAttempt, directly or through fragments (which validation has checked for cycles). */
function selectsStartAttempt(selectionSet: SelectionSetNode, document: DocumentNode): boolean {
  return selectionSet.selections.some((selection) => {
    if (selection.kind === Kind.FIELD) return selection.name.value === 'startAttempt';
    if (selection.kind === Kind.INLINE_FRAGMENT) return selectsStartAttempt(selection.selectionSet, document);
    const fragment = document.definitions.find((definition) => definition.kind === Kind.FRAGMENT_DEFINITION && definition.name.value === selection.name.value);
    return fragment?.kind === Kind.FRAGMENT_DEFINITION && selectsStartAttempt(fragment.selectionSet, document);
  });
}

function freeWhenEntered(slot: Promise<() => void>): () => void {
  return () => {
    slot.then(
      (free) => free(),
      () => undefined,
    );
  };
}

/** HTTP 429 with the waiting room's code, reason, place and wait. */
function refusalOf(error: DomainError): GraphQLError {
  return new GraphQLError(error.message, { originalError: error, extensions: { ...domainErrorExtensions(error), http: { status: 429 } } });
}
