import type { BackendResponse, BackendResult } from '@icontact/mock-core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { abortConnection, delay, resetMidBody } from '../wire/wire-actions.js';
import { toWireResponse, toWireText } from '../wire/wire-response.js';
import { REQUEST_ID_HEADER } from './request-id.js';
import { requestLog } from './request-log.js';

/** Sends a response the core made, as it is, with the request's id. */
function send(request: FastifyRequest, reply: FastifyReply, response: BackendResponse): FastifyReply {
  const wire = toWireText(response);
  reply.code(wire.status);
  reply.headers(wire.headers);
  reply.header(REQUEST_ID_HEADER, request.id);
  return reply.send(wire.body);
}

/** A signal that aborts when the client goes away before its response was written (at once if it has). */
export function clientGone(reply: FastifyReply): AbortSignal {
  const controller = new AbortController();
  const onClose = (): void => {
    if (!reply.raw.writableFinished) controller.abort();
  };
  if (reply.raw.destroyed) onClose();
  else reply.raw.once('close', onClose);
  return controller.signal;
}

/** A wire fault without the response it acts on: the core broke its contract. */
function missingResponse(kind: string): Error {
  return new Error(`@icontact/mock-core returned a ${kind} wire fault without its response`);
}

/**
 * Carries out what {@link Backend.handle} decided: sends a response as it is, or breaks the wire for
 * real — a delay, a body cut mid-way, a connection destroyed before any byte, a follow-up that never ends.
 */
export async function deliverResult(
  request: FastifyRequest,
  reply: FastifyReply,
  result: BackendResult,
): Promise<FastifyReply | undefined> {
  if (result.kind === 'response') return send(request, reply, result);

  const { fault, response } = result;
  const { action } = fault;
  requestLog(request).warn(
    {
      fault: {
        id: fault.faultId,
        kind: action.kind,
        source: fault.source,
        timing: fault.timing,
        attempt: fault.attempt,
      },
    },
    `injected ${action.kind} fault on the wire`,
  );
  const withId = (answer: BackendResponse): BackendResponse => ({
    ...answer,
    headers: { ...answer.headers, [REQUEST_ID_HEADER]: request.id },
  });

  switch (action.kind) {
    case 'latency': {
      if (response === undefined) throw missingResponse(action.kind);
      const gone = clientGone(reply);
      await delay(action.delayMs, gone);
      if (gone.aborted) {
        reply.hijack();
        return undefined;
      }
      return send(request, reply, response);
    }
    case 'reset_mid_body': {
      if (response === undefined) throw missingResponse(action.kind);
      reply.hijack();
      await resetMidBody(reply.raw, toWireResponse(withId(response)), action.fraction);
      return undefined;
    }
    case 'abort':
      reply.hijack();
      abortConnection(reply.raw, true);
      return undefined;
    case 'follow_up_loop':
    case 'http':
      if (response === undefined) throw missingResponse(action.kind);
      return send(request, reply, response);
  }
}
