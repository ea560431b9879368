package nl.doorstroom.web.solving;

import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.DeadExecutionHandler;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.ExecutionOperations;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;

/**
 * The scheduler's task "solver-job": one execution per job, named by the job's id. It stays in the
 * scheduler's table from the moment the job is queued until the job ends, so a job whose instance dies is
 * still there for another instance to pick up.
 */
@Configuration(proxyBeanMethods = false)
class SolverJobTask {

    private static final Logger log = LoggerFactory.getLogger(SolverJobTask.class);
    static final TaskDescriptor<Void> SOLVER_JOB = TaskDescriptor.of("solver-job");
    /** A run that failed on something other than the solver (the database was away): try again soon. */
    private static final Duration RETRY = Duration.ofSeconds(10);

    static TaskInstance<Void> instance(long jobId) {
        return SOLVER_JOB.instance(String.valueOf(jobId)).build();
    }

    @Bean
    CustomTask<Void> solverJob(SolverJobRunner runner, SolverJobRepository repository,
            TransactionTemplate transaction) {
        return Tasks.custom(SOLVER_JOB)
                .onDeadExecution(new LostInstance(repository, transaction))
                .onFailure(new FailureHandler.OnFailureRetryLater<>(RETRY))
                .execute((instance, context) -> switch (runner.run(Long.parseLong(instance.getId()),
                        context.getSchedulerState())) {
                    case DONE -> new CompletionHandler.OnCompleteRemove<>();
                    case HAND_OVER -> (complete, operations) -> operations.reschedule(complete, Instant.now());
                });
    }

    /**
     * The instance running a job stopped beating its heartbeat: the job's history says so, and the execution is
     * due again at once, so the next instance with a free solver resumes the job from its stored plan. Both in
     * one transaction: when two instances find the same dead run, the scheduler lets only one revive it (its
     * row's version), and only that one counts the loss.
     */
    record LostInstance(SolverJobRepository repository, TransactionTemplate transaction)
            implements DeadExecutionHandler<Void> {

        @Override
        public void deadExecution(ExecutionComplete complete, ExecutionOperations<Void> operations) {
            var execution = complete.getExecution();
            long jobId = Long.parseLong(execution.taskInstance.getId());
            String message = "instance " + execution.pickedBy + " stopped responding (last heartbeat "
                    + execution.lastHeartbeat + "); the job is resumed from its stored plan";
            transaction.executeWithoutResult(status -> {
                operations.reschedule(complete, Instant.now());
                repository.lostInstance(jobId, message);
            });
            log.warn("Solver job {}: {}", jobId, message);
        }
    }
}
