import type { Messages } from '../exchange.js';

/** Portuguese (Brazil): the `exchange` messages. */
export const pt: Messages = {
  'exchange.not-json': 'Não é possível ler este arquivo: ele não é uma exportação deste aplicativo. Nada foi importado.',
  'exchange.not-a-document': 'Este arquivo não contém uma exportação deste aplicativo. Nada foi importado.',
  'exchange.wrong-format': 'Este arquivo não foi exportado por este aplicativo (ele vem de outro sistema). Nada foi importado.',
  'exchange.invalid-format-version': 'A versão deste arquivo de exportação está ausente ou não é válida. Nada foi importado.',
  'exchange.newer-format':
    'Este arquivo foi exportado por uma versão mais recente deste aplicativo (formato {version}; esta versão lê o formato {supported}). Atualize o aplicativo e importe novamente. Nada foi importado.',
  'exchange.duplicate-record': 'Este registro aparece duas vezes no arquivo. Nada foi importado.',
  'exchange.other-case': 'Este registro pertence a um caso diferente do plano contido no arquivo. Nada foi importado.',
  'exchange.other-plan': 'Esta versão anterior pertence a um plano diferente do contido no arquivo. Nada foi importado.',
  'exchange.orphan-history': 'Esta entrada do histórico pertence a um registro que não está no arquivo. Nada foi importado.',
  'exchange.history-broken': 'O histórico deste registro foi alterado ou está incompleto, por isso não é confiável. Nada foi importado.',
  'exchange.stored-is-newer':
    'Uma versão mais recente deste registro já está salva aqui. Ela foi mantida sem alterações e nada foi importado. Revise o registro salvo antes de importar novamente.',
  'exchange.diverged':
    'Este registro foi alterado aqui e no arquivo desde a última vez em que eram iguais, então nenhum pode substituir o outro. Nada foi importado. Compare as duas versões e importe novamente.',
  'exchange.unreadable':
    'Não é possível ler este arquivo. Nada foi importado.',
};
