import type { Messages } from '../common.js';

/** Portuguese (Brazil): the `common` messages. */
export const pt: Messages = {
  'common.save': 'Salvar',
  'common.cancel': 'Cancelar',
  'common.undo': 'Desfazer',
  'common.redo': 'Refazer',
  'common.retry': 'Tentar novamente',
  'common.remove': 'Remover',
  'common.confirm': 'Confirmar',
  'common.close': 'Fechar',
  'common.edit': 'Editar',
  'common.loading': 'Carregando…',
  'common.required': 'obrigatório',
  'common.save-state.dirty': 'Alterações não salvas',
  'common.save-state.saving': 'Salvando…',
  'common.save-state.saved': 'Todas as alterações foram salvas',
  'common.save-state.saved-at': 'Todas as alterações foram salvas às {time}',
  'common.save-state.failed': 'Não foi possível salvar suas alterações.',
  'common.save-state.conflict': 'Outra pessoa salvou alterações neste registro enquanto você trabalhava.',
  'common.status.draft': 'Rascunho',
  'common.status.submitted': 'Enviado para aprovação',
  'common.status.under-review': 'Revisão do plano em curso',
  'common.status.active': 'Em vigor',
  'common.status.completed': 'Concluído',
  'common.status.closed': 'Encerrado',
  'common.status.cancelled': 'Cancelado',
  'common.status.approved': 'Aprovado',
  'common.status.declined': 'Recusado',
  'common.status.overdue': 'Atrasado',
  'common.status.not-started': 'Não iniciado',
  'common.status.in-progress': 'Em andamento',
  'common.storage-warning.title': 'Seu trabalho não está sendo guardado',
  'common.storage-warning.body':
    'Este navegador não consegue guardar os registros: tudo o que for digitado aqui será perdido ao fechar ou recarregar a página. Fale com o administrador do sistema antes de inserir informações do caso.',
  'common.progress.text': '{value} de {max} ({percent})',
  'common.confirm.title': 'Confirme, por favor',
  'common.error.generic': 'Algo deu errado. Seu trabalho salvo está seguro; tente novamente.',
  'common.errors.count': { one: '{count} problema a corrigir', other: '{count} problemas a corrigir' },
  'violation.generic': 'Este valor não é válido. Verifique, por favor.',
  // issue 12 (one way to build an element): one phrase for a person the elements cannot name
  'common.person-unknown': 'Alguém fora da lista do caso',
  // Issue 15 point 9: the printed plan (header, page numbers, sections a court reads).
  "common.print.page-of": "Página {page} de {pages}",
  // Fixes 5f (dates in messages): an ISO week in a message's params ('2026-W10'), by the day it starts.
  'common.week-of': 'Semana de {date}',
};
