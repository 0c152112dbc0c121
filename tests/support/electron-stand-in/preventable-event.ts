// The `event` Electron passes to a cancellable event's listeners: `event.preventDefault()` cancels what would follow
// (gin_helper::internal::Event; `Emit(…)` returns whether a listener prevented the default).

export interface PreventableEvent {
  readonly defaultPrevented: boolean;
  preventDefault(): void;
}

export function preventableEvent<Extra extends object>(extra?: Extra): PreventableEvent & Extra {
  let prevented = false;
  return Object.assign(
    {
      get defaultPrevented() {
        return prevented;
      },
      preventDefault() {
        prevented = true;
      },
    },
    extra ?? ({} as Extra),
  );
}
