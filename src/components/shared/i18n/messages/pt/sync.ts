import type { Messages } from '../sync.js';

/** Portuguese: the `sync` messages. */
export const pt: Messages = {
  'sync.online': 'Todas as alterações foram enviadas ao servidor da instituição',
  'sync.syncing': 'Enviando e recebendo alterações…',
  'sync.offline': {
    zero: 'Sem conexão: não é possível acessar o servidor da instituição. Suas alterações ficam guardadas neste dispositivo.',
    one: 'Sem conexão: 1 alteração fica guardada neste dispositivo e será enviada quando a conexão voltar.',
    other: 'Sem conexão: {count} alterações ficam guardadas neste dispositivo e serão enviadas quando a conexão voltar.',
  },
  'sync.pending': { zero: 'Todas as alterações foram enviadas ao servidor da instituição', one: '1 alteração aguardando envio', other: '{count} alterações aguardando envio' },
  'sync.error': 'O servidor da instituição não aceitou as alterações agora. Elas ficam guardadas neste dispositivo e serão enviadas de novo.',
  'sync.unauthorized': 'Sua sessão expirou: entre novamente para que suas alterações sejam enviadas. Elas ficam guardadas neste dispositivo.',
  'sync.conflicts': {
    one: '1 registro também foi alterado por outra pessoa: abra-o para escolher o que manter.',
    other: '{count} registros também foram alterados por outra pessoa: abra-os para escolher o que manter.',
  },
  'sync.rejected': {
    one: '1 alteração foi recusada pelo servidor da instituição. Ela fica guardada neste dispositivo; fale com o administrador.',
    other: '{count} alterações foram recusadas pelo servidor da instituição. Elas ficam guardadas neste dispositivo; fale com o administrador.',
  },
  // Sync: records kept on this device because their case is not in this caseworker's caseload (issue 8q1).
  'sync.out-of-scope': {
    one: '1 registro que o servidor da instituição perdeu fica guardado só neste dispositivo: o caso não está na sua carteira de casos. Será enviado se o caso voltar para você; avise sua supervisão.',
    other: '{count} registros que o servidor da instituição perdeu ficam guardados só neste dispositivo: os casos não estão na sua carteira de casos. Serão enviados se os casos voltarem para você; avise sua supervisão.',
  },
  'sync.author-not-token-user': 'O servidor da instituição recusou esta alteração: ela indica como autor alguém em cujo nome você não pode escrever. Ela fica guardada neste dispositivo; fale com o administrador.',
  'sync.author-changed': 'O servidor da instituição recusou esta alteração: o autor de um registro não pode ser mudado. Ela fica guardada neste dispositivo; fale com o administrador.',
  'sync.unstorable-record': 'O servidor da instituição não conseguiu guardar esta alteração (o banco de dados a recusou). Ela fica guardada neste dispositivo; fale com o administrador.',
};
