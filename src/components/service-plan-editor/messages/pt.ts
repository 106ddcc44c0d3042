import type { Messages } from './en.js';
import { items } from './pt/items.js';
import { people } from './pt/people.js';
import { casePlan } from './pt/case-plan.js';
import { lifecycle } from './pt/lifecycle.js';
import { document } from './pt/document.js';

/** Portuguese (Brazil): the editor's own texts; those of each part are in ./pt/. */
export const pt: Messages = {
  "spe.title.service": "Plano de serviços",
  "spe.title.outcome": "Planejamento de resultados",
  "spe.loading": "Abrindo o plano…",
  "spe.load-failed": "Não foi possível abrir o plano.",
  "spe.not-configured": "Este plano não pode ser exibido: o caso não é conhecido. O sistema de gestão de casos precisa informar um caso.",
  "spe.readonly.notice": "Você está consultando este plano. Somente o técnico de referência pode fazer alterações.",
  "spe.readonly.no-user": "O sistema de gestão de casos não informou quem está conectado (ou o que informou não é válido), então este plano pode ser lido, mas não alterado.",
  "spe.toolbar.label": "Ferramentas do plano",
  "spe.saved-announce": "Plano salvo.",
  "spe.status-announce": "O plano agora está: {status}.",
  "spe.actions": "Ações",
  "spe.none": "Nenhum",
  "spe.choose": "Escolha…",
  "spe.remove-named": "Remover \"{name}\"",
  "plan.unsaved-on-switch": "Suas últimas alterações no plano que você deixou não foram salvas: entram em conflito com alterações salvas em outro lugar, ou o armazenamento falhou. Abra esse plano novamente para resolver.",
  "spe.named-action": "{action}: {name}",
  "spe.label": "{label}:",
  "spe.field.of-item": "de \"{name}\"",
  "spe.outline.people": {"zero": "Ainda sem membros", "one": "{count} membro: {names}", "other": "{count} membros: {names}"},
  "spe.outline.needs": "Necessidades: {needs} · Pontos fortes: {strengths}",
  "spe.outline.milestones": {"zero": "Nenhum ainda", "one": "{count} marco, {achieved} alcançado(s)", "other": "{count} marcos, {achieved} alcançado(s)"},
  "spe.outline.safety": {"zero": "Ainda sem etapas", "one": "{count} etapa", "other": "{count} etapas"},
  "spe.outline.details": "{count} de {total} preenchidos",
  "spe.outline.approvals": {"zero": "Nenhuma decisão registrada", "one": "{count} decisão registrada", "other": "{count} decisões registradas"},
  "spe.outline.steps": "Concluir, encerrar ou cancelar o plano",
  "spe.plans.heading": "Planos deste caso",
  "spe.plans.none": "Este caso ainda não tem nenhum plano.",
  "spe.plans.new": "Novo plano",
  "spe.plans.back": "Todos os planos do caso",
  "spe.plans.col.plan": "Plano (seu objetivo)",
  "spe.plans.col.kind": "Tipo",
  "spe.plans.col.status": "Situação",
  "spe.plans.col.version": "Versão",
  "spe.plans.col.dates": "Datas",
  "spe.plans.dates": "Iniciado em {created}, última alteração em {updated}",
  "spe.plans.active-since": "Em vigor desde {date}",
  "spe.errors.heading": {"one": "Há um problema", "other": "Há {count} problemas"},
  "spe.date.format-hint": "Por exemplo {example}",
  ...items,
  ...people,
  ...casePlan,
  ...lifecycle,
  ...document,
  // Add-item form built on demand (issue 18, memory): the button that opens it names its sub-goal.
  "spe.item.add-open": "Adicionar uma ação ao plano em \"{title}\"",
  // Issue 9q (typing left on another plan-id): the cp-error code when the plan left held typing no record can take.
  "plan.typing-left-on-switch": "O que você digitou no plano que deixou não foi salvo: um valor que não pôde ser lido (como \"120e\" em um custo), um texto que o plano recusou ou um formulário ainda não adicionado. Abra esse plano novamente para digitá-lo de novo.",
  // Review R10l (refused text of a removed record): the note saying the text is kept (shown there, R10f) until discarded.
  "spe.held-typing.record-gone": "O texto que você digitou não pôde ser salvo, e a parte do plano em que foi digitado foi removida depois (aqui ou por outra pessoa). Ele é mostrado abaixo para que você possa copiá-lo para onde deve ir; fica até que você o descarte. Se a remoção for desfeita aqui, o texto volta ao seu campo.",
  // Review R10f (the gone-typing note: the kept text shown with what it was, a button to let it go; a commit nobody signed in may write).
  "spe.held-typing.gone-name": "{field} de \"{record}\"",
  "spe.held-typing.gone-unnamed": "Texto digitado em uma parte removida do plano",
  "spe.held-typing.discard": "Descartar",
  "spe.held-typing.discard-named": "Descartar o texto guardado: {name}",
  "spe.held-typing.discarded": "Descartado: {name}",
  "spe.held-typing.no-writer": "Não foi salvo: ninguém estava conectado quando isto foi digitado. Altere o texto para salvá-lo.",
  // Issue 11a (sign-out): the cp-error code when signing out left typing no record can take (its own words, not "the plan you left").
  "plan.typing-left-on-sign-out": "O que você digitou não foi salvo ao sair da sessão: um valor que não pôde ser lido (como \"120e\" em um custo) ou um formulário ainda não adicionado. Entre novamente para digitá-lo de novo.",
};
