package io.paystate.sim;

/**
 * One small run shared by the report tests: long enough (12 days, captures up to 9 days later) to
 * have expired holds, both currencies and days of drain after the last arrival.
 */
final class ReportFixture {
    private static Summary summary;

    private ReportFixture() {}

    static synchronized Summary summary() {
        if (summary == null) {
            summary = Simulator.run(RunParameters.of(Scenario.defaults().withSize(3000, 12), 5, 2, 2), n -> { });
        }
        return summary;
    }
}
