import type { Messages } from '../storage-errors.js';

/** Portuguese (Brazil): the `storage-errors` messages. */
export const pt: Messages = {
  'storage.decrypt-failed':
    'Estes registros estão criptografados e não puderam ser abertos com a chave atual. Saia e entre novamente no sistema; se o problema continuar, entre em contato com o administrador do sistema. Nada foi alterado.',
  'storage.duplicate-write': 'O mesmo registro foi incluído duas vezes em um único salvamento, por isso nada foi salvo. Tente novamente.',
  'storage.clear-field-mismatch':
    'Um registro armazenado foi alterado fora deste aplicativo e não é confiável. Ele foi mantido sem alterações; entre em contato com o administrador do sistema.',
  'storage.cleared':
    'Os dados locais deste dispositivo foram apagados (alguém saiu da sessão, aqui ou em outra aba). Recarregue a página para continuar; nada do que foi salvo antes é mostrado agora.',
  // Issue 11: storage changed on a running element
  'storage.switched-record-absent':
    'O armazenamento em uso mudou e este registro não está nele. O que você digitou continua no formulário; ao salvar, ele é armazenado lá como um novo registro.',
  'storage.switched-edits-waiting':
    'O novo armazenamento não pôde ser lido. O que você digitou continua nesta página, ainda não salvo: será salvo lá assim que o armazenamento puder ser lido (Tentar novamente). Fechar a página agora faz perdê-lo.',
};
