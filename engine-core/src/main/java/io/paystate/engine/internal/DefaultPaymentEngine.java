package io.paystate.engine.internal;

import io.paystate.engine.CustomerRequest;
import io.paystate.engine.EventRequest;
import io.paystate.engine.PaymentEngine;
import io.paystate.engine.PaymentEngineException;
import io.paystate.engine.PaymentMethodRequest;
import io.paystate.engine.Request;
import io.paystate.engine.RequestOptions;
import io.paystate.engine.Response;
import io.paystate.engine.SetupIntentRequest;
import io.paystate.engine.SubscriberStatus;
import io.paystate.engine.internal.fsm.SquirrelTransitionRunner;
import io.paystate.engine.internal.idempotency.CaffeineIdempotencyStore;
import io.paystate.spi.IdKind;
import io.paystate.spi.IdempotencyStore;
import java.util.List;
import java.util.Objects;

/**
 * The engine: binds each request to its command and runs it under its idempotency key. The commands
 * do the work, each on the path of the {@link UnitOfWork}.
 */
public final class DefaultPaymentEngine implements PaymentEngine {
    private final EngineParts parts;
    private final IdempotencyGate gate;

    /** Creates an engine with this configuration; its transitions run on squirrel unless configured otherwise. */
    public DefaultPaymentEngine(EngineConfig config) {
        Objects.requireNonNull(config, "config");
        TransitionRunner runner = config.tableLookup() ? TransitionRunner.tableLookup()
                : SquirrelTransitionRunner.create(TransitionTable.instance());
        EngineContext engine = new EngineContext(config, runner);
        IdempotencyStore idempotencyStore = config.idempotencyStore() != null ? config.idempotencyStore()
                : CaffeineIdempotencyStore.create(config.clock(), config.idempotencyKeyRetention());
        this.parts = EngineParts.assemble(engine, idempotencyStore);
        this.gate = new IdempotencyGate(idempotencyStore, config.clock());
    }

    @Override
    public <T> Response<T> execute(Request<T> request, RequestOptions options) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(options, "options");
        Call call = new Call(options.account(), parts.engine().ids.next(IdKind.REQUEST), options.idempotencyKey());
        call.keyed = IdempotencyGate.applies(options, request);
        Command<T> command = bind(request, call);
        try {
            if (!call.keyed) {
                // what the gate does without a key, without the two lambdas it would be handed
                command.validate();
                return new Response<>(guarded(command), false, call.requestId);
            }
            return gate.call(options, request, command::validate,
                    () -> new Response<>(guarded(command), false, call.requestId), call);
        } finally {
            // customers, methods and SetupIntents commit without the intents' unit of work: their
            // events go out here, once no lock is held
            parts.relay().deliverMarked();
        }
    }

    @Override
    public int processDue() {
        // SetupIntent settlements are swept after the intents' due work; they touch no intent
        int applied = parts.due().processDue() + parts.setupIntents().settleDue();
        parts.relay().deliverMarked();
        return applied;
    }

    @Override
    public List<SubscriberStatus> subscribers() {
        return parts.relay().statuses();
    }

    @Override
    public boolean resumeSubscriber(String name) {
        return parts.relay().resume(Objects.requireNonNull(name, "name"));
    }

    /** The one place that knows which command serves which request. */
    @SuppressWarnings("unchecked")
    private <T> Command<T> bind(Request<T> request, Call call) {
        return (Command<T>) bindUnchecked(request, call);
    }

    private Command<?> bindUnchecked(Request<?> request, Call call) {
        if (request instanceof Request.Create r) {
            return new CreateCommand(parts, r.params(), call);
        } else if (request instanceof Request.Retrieve r) {
            return new RetrieveCommand(parts, r.id(), call);
        } else if (request instanceof Request.Update r) {
            return new UpdateCommand(parts, r.id(), r.params(), call);
        } else if (request instanceof Request.Confirm r) {
            return new ConfirmCommand(parts, r.id(), r.params(), call);
        } else if (request instanceof Request.Capture r) {
            return new CaptureCommand(parts, r.id(), r.params(), call);
        } else if (request instanceof Request.Cancel r) {
            return new CancelCommand(parts, r.id(), r.params(), call);
        } else if (request instanceof Request.CompleteAction r) {
            return new CompleteActionCommand(parts, r.id(), r.outcome(), call);
        } else if (request instanceof Request.IncrementAuthorization r) {
            return new IncrementAuthorizationCommand(parts, r.id(), r.params(), call);
        } else if (request instanceof Request.VerifyMicrodeposits r) {
            return new VerifyMicrodepositsCommand(parts, r.id(), r.params(), call);
        } else if (request instanceof Request.ApplyCustomerBalance r) {
            return new ApplyCustomerBalanceCommand(parts, r.id(), r.params(), call);
        } else if (request instanceof Request.ClientRetrieve r) {
            return new ClientSideCommand(new RetrieveCommand(parts, r.id(), call), r.clientSecret());
        } else if (request instanceof Request.ClientConfirm r) {
            return new ClientSideCommand(new ConfirmCommand(parts, r.id(), r.params(), call), r.clientSecret());
        } else if (request instanceof Request.List r) {
            return ReadCommands.list(parts, r, call);
        } else if (request instanceof Request.Search r) {
            return ReadCommands.search(parts, r, call);
        } else if (request instanceof Request.ListLineItems r) {
            return ReadCommands.lineItems(parts, r, call);
        } else if (request instanceof Request.ListCharges r) {
            return ReadCommands.charges(parts, r, call);
        } else if (request instanceof Request.RetrieveCharge r) {
            return ReadCommands.charge(parts, r, call);
        } else if (request instanceof EventRequest.List r) {
            return () -> parts.events().list(call.account, r.params());
        } else if (request instanceof EventRequest.Retrieve r) {
            return () -> parts.events().retrieve(call.account, r.id());
        } else if (request instanceof CustomerRequest.Create r) {
            return new CreateCustomerCommand(parts, r.params(), call);
        } else if (request instanceof CustomerRequest.Retrieve r) {
            return () -> parts.customers().require(call.account, r.id()).customer();
        } else if (request instanceof CustomerRequest.Update r) {
            return new UpdateCustomerCommand(parts, r.id(), r.params(), call);
        } else if (request instanceof CustomerRequest.Delete r) {
            return new DeleteCustomerCommand(parts, r.id(), call);
        } else if (request instanceof CustomerRequest.List r) {
            return new ListCustomersCommand(parts, r.params(), call);
        } else if (request instanceof CustomerRequest.Search r) {
            return ReadCommands.searchCustomers(parts, r, call);
        } else if (request instanceof PaymentMethodRequest.Create r) {
            return PaymentMethodCommands.create(parts, r, call);
        } else if (request instanceof PaymentMethodRequest.Retrieve r) {
            return () -> parts.savedMethods().require(call.account, r.id()).paymentMethod();
        } else if (request instanceof PaymentMethodRequest.Update r) {
            return PaymentMethodCommands.update(parts, r, call);
        } else if (request instanceof PaymentMethodRequest.Attach r) {
            return PaymentMethodCommands.attach(parts, r, call);
        } else if (request instanceof PaymentMethodRequest.Detach r) {
            return PaymentMethodCommands.detach(parts, r, call);
        } else if (request instanceof PaymentMethodRequest.ListForCustomer r) {
            return PaymentMethodCommands.list(parts, r, call);
        } else if (request instanceof SetupIntentRequest<?> r) {
            return SetupIntentCommands.bind(parts, r, call);
        } else if (request instanceof Request.Malformed r) {
            return malformed(r);
        }
        throw Errors.invalid(null, "operation", "The operation " + request.operation() + " is not supported.");
    }

    /** A request the wire layer could not parse: its error is raised once the key was checked. */
    private static Command<Object> malformed(Request.Malformed r) {
        return new Command<>() {
            @Override
            public void validate() {
                throw PaymentEngineException.of(r.error());
            }

            @Override
            public Object run() {
                throw new IllegalStateException("a malformed request never runs");
            }
        };
    }

    /** Turns failures of the engine or of a host SPI into a 500 {@code api_error}; nothing changed. */
    private static <T> T guarded(Command<T> command) {
        try {
            return command.run();
        } catch (PaymentEngineException e) {
            throw e;
        } catch (RuntimeException e) {
            throw Errors.failure("The engine failed to process the request: " + e.getClass().getSimpleName(), e);
        }
    }
}
