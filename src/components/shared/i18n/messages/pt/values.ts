import type { Messages } from '../values.js';

/** Portuguese (Brazil): the `values` messages. */
export const pt: Messages = {
  'value.required': 'Este campo é obrigatório.',
  'value.too-long': 'Use no máximo {max} caracteres.',
  'value.too-many': 'Informe no máximo {max} itens.',
  'value.too-small': 'Informe um valor de pelo menos {min}.',
  'value.too-large': 'Informe um valor de no máximo {max}.',
  'value.not-whole-number': 'Informe um número inteiro.',
  'value.invalid': 'Este valor não é válido.',
  'value.control-characters': 'Remova os caracteres de controle invisíveis deste texto.',
  'value.lone-surrogate': 'Este texto contém metade de um caractere (parte de um emoji ou de um símbolo) que não pode ser salva: apague-a e digite-o novamente.',
  'value.markup': 'Remova os sinais < e >: nomes não podem conter marcação.',
  'value.not-allowed': 'Escolha uma das opções da lista.',
  'value.invalid-language': 'Informe um código de idioma como en, es, fr ou pt-BR.',
  'value.invalid-date': 'Informe uma data válida.',
  'value.invalid-currency': 'Informe um código de moeda de três letras, como USD, EUR ou BRL.',
  'storage.quota-exceeded': 'Este dispositivo está sem espaço de armazenamento, por isso a alteração não foi salva. Libere espaço e tente novamente.',
  'storage.aborted': 'O salvamento foi interrompido e nada foi alterado. Tente novamente.',
  'storage.unavailable': 'Não é possível abrir os registros neste navegador agora.',
  'storage.blocked': 'Outra aba aberta está bloqueando os registros. Feche as outras abas deste aplicativo e tente novamente.',
  'storage.timeout': 'O salvamento demorou demais e foi interrompido. Nada foi alterado; tente novamente.',
  'storage.newer-schema': 'Estes registros foram salvos por uma versão mais recente deste aplicativo. Recarregue a página para usar a versão mais recente.',
  'storage.unknown': 'Não foi possível ler ou salvar os registros. Seu trabalho salvo está seguro; tente novamente.',
  'storage.conflict': 'Outra pessoa salvou este registro enquanto você trabalhava. Revise as duas versões antes de salvar novamente.',
  'storage.corrupt-record': 'Um registro armazenado está danificado e não pode ser exibido. Ele foi mantido sem alterações; entre em contato com o administrador do sistema.',
  'storage.invalid-record': 'Este registro tem valores que não podem ser salvos. Corrija os campos destacados e salve novamente.',
  'input.invalid': 'Algumas informações enviadas pelo sistema de gestão de casos não são válidas e foram deixadas de fora.',
  'value.too-deep':
    'Este valor tem níveis aninhados demais para ser salvo.',
  'value.too-big':
    'Este valor é grande demais para ser salvo.',
  'value.unrecognized_keys':
    'Este registro tem um campo que não faz parte dele ({field}), então nada foi salvo.',
};
