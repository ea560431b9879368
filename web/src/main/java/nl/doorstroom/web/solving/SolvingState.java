package nl.doorstroom.web.solving;

import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What other features need to know of solving: whether a programme is being solved, and its solve panel. */
@Component
public class SolvingState {

    private final SolverJobRepository repository;
    private final ScoreChart chart;

    SolvingState(SolverJobRepository repository, ScoreChart chart) {
        this.repository = repository;
        this.chart = chart;
    }

    /** The programme's latest job as an overview shows it. */
    public record LastJob(String status, String bestScore, OffsetDateTime requestedAt, OffsetDateTime endedAt) {
    }

    public Optional<LastJob> latest(long programmeId) {
        return repository.latest(programmeId).map(job -> new LastJob(job.status().name(), job.bestScore(),
                job.requestedAt(),
                job.endedAt()));
    }

    /** A job of the programme is queued or solving: its draft is the solver's until the job ends. */
    public boolean isSolving(long programmeId) {
        return repository.hasActiveJob(programmeId);
    }

    /** The attributes of the solve panel ({@code planning/board :: status}) of the latest job. */
    public void addPanel(long programmeId, Model model) {
        Optional<SolverJobRepository.Job> job = repository.latest(programmeId);
        model.addAttribute("programmeId", programmeId);
        model.addAttribute("job", job.map(JobView::of).orElse(null));
        model.addAttribute("chart", job.map(j -> chart.of(j.id())).orElse(null));
        model.addAttribute("active", job.map(SolverJobRepository.Job::isActive).orElse(false));
    }
}
