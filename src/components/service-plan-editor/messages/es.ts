import type { Messages } from './en.js';
import { items } from './es/items.js';
import { people } from './es/people.js';
import { casePlan } from './es/case-plan.js';
import { lifecycle } from './es/lifecycle.js';
import { document } from './es/document.js';

/** Spanish: the editor's own texts; those of each part are in ./es/. */
export const es: Messages = {
  "spe.title.service": "Plan de servicios",
  "spe.title.outcome": "Plan de caso",
  "spe.loading": "Abriendo el plan…",
  "spe.load-failed": "No se pudo abrir el plan.",
  "spe.not-configured": "No se puede mostrar este plan: no se conoce el caso. El sistema de gestión de casos debe indicar un caso.",
  "spe.readonly.notice": "Usted está consultando este plan. Solo el trabajador social a cargo puede hacer cambios.",
  "spe.readonly.no-user": "El sistema de gestión de casos no ha indicado quién inició sesión (o lo que indicó no es válido), así que este plan se puede consultar pero no modificar.",
  "spe.toolbar.label": "Herramientas del plan",
  "spe.saved-announce": "Plan guardado.",
  "spe.status-announce": "El plan ahora está: {status}.",
  "spe.actions": "Acciones",
  "spe.none": "Ninguno",
  "spe.choose": "Elija…",
  "spe.remove-named": "Quitar «{name}»",
  "plan.unsaved-on-switch": "Sus últimos cambios en el plan que dejó no se guardaron: entran en conflicto con cambios guardados en otro lugar o el almacenamiento falló. Vuelva a abrir ese plan para resolverlo.",
  "spe.named-action": "{action}: {name}",
  "spe.label": "{label}:",
  "spe.field.of-item": "de «{name}»",
  "spe.outline.people": {"zero": "Aún sin miembros", "one": "{count} miembro: {names}", "other": "{count} miembros: {names}"},
  "spe.outline.needs": "Necesidades: {needs} · Fortalezas: {strengths}",
  "spe.outline.milestones": {"zero": "Ninguno todavía", "one": "{count} hito, {achieved} alcanzado(s)", "other": "{count} hitos, {achieved} alcanzado(s)"},
  "spe.outline.safety": {"zero": "Aún sin pasos", "one": "{count} paso", "other": "{count} pasos"},
  "spe.outline.details": "{count} de {total} escritos",
  "spe.outline.approvals": {"zero": "Ninguna decisión registrada", "one": "{count} decisión registrada", "other": "{count} decisiones registradas"},
  "spe.outline.steps": "Completar, cerrar o cancelar el plan",
  "spe.plans.heading": "Planes de este caso",
  "spe.plans.none": "Este caso aún no tiene ningún plan.",
  "spe.plans.new": "Nuevo plan",
  "spe.plans.back": "Todos los planes del caso",
  "spe.plans.col.plan": "Plan (su meta)",
  "spe.plans.col.kind": "Tipo",
  "spe.plans.col.status": "Estado",
  "spe.plans.col.version": "Versión",
  "spe.plans.col.dates": "Fechas",
  "spe.plans.dates": "Iniciado el {created}, último cambio el {updated}",
  "spe.plans.active-since": "Vigente desde el {date}",
  "spe.errors.heading": {"one": "Hay un problema", "other": "Hay {count} problemas"},
  "spe.date.format-hint": "Por ejemplo {example}",
  ...items,
  ...people,
  ...casePlan,
  ...lifecycle,
  ...document,
  // Add-item form built on demand (issue 18, memory): the button that opens it names its sub-goal.
  "spe.item.add-open": "Agregar una actividad al plan en «{title}»",
  // Issue 9q (typing left on another plan-id): the cp-error code when the plan left held typing no record can take.
  "plan.typing-left-on-switch": "Lo que escribió en el plan que dejó no se guardó: un valor que no se pudo leer (como «120e» en un costo), un texto que el plan rechazó o un formulario aún no agregado. Vuelva a abrir ese plan para escribirlo de nuevo.",
  // Review R10l (refused text of a removed record): the note saying the text is kept (shown there, R10f) until discarded.
  "spe.held-typing.record-gone": "El texto que escribió no se pudo guardar, y la parte del plan donde lo escribió se ha eliminado después (aquí o por otra persona). Se muestra abajo para que pueda copiarlo donde corresponda; se conserva hasta que lo descarte. Si la eliminación se deshace aquí, el texto vuelve a su campo.",
  // Review R10f (the gone-typing note: the kept text shown with what it was, a button to let it go; a commit nobody signed in may write).
  "spe.held-typing.gone-name": "{field} de «{record}»",
  "spe.held-typing.gone-unnamed": "Texto escrito en una parte eliminada del plan",
  "spe.held-typing.discard": "Descartar",
  "spe.held-typing.discard-named": "Descartar el texto conservado: {name}",
  "spe.held-typing.discarded": "Descartado: {name}",
  "spe.held-typing.no-writer": "No se guardó: nadie había iniciado sesión cuando se introdujo. Modifique el texto para guardarlo.",
  // Issue 11a (sign-out): the cp-error code when signing out left typing no record can take (its own words, not "the plan you left").
  "plan.typing-left-on-sign-out": "Lo que escribió no se guardó al cerrar la sesión: un valor que no se pudo leer (como «120e» en un costo) o un formulario aún no agregado. Inicie sesión de nuevo para volver a escribirlo.",
};
