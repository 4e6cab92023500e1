package org.govreview.jobs.hostile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The user the application runs as in these tests. File permissions only bind a user without root's privileges: as
 * a normal user the tests run the application as themselves; as root they run it as {@code nobody} through
 * {@code setpriv} when the machine allows it (and hand it the files it needs); otherwise as root, and the
 * unreadable-file cases cannot be tested ({@link #whyPermissionsDoNotApply()} says why).
 */
final class RunAs {

	private static final int NOBODY = 65534;

	private final boolean switchUser;

	private final boolean permissionsApply;

	private final String description;

	private RunAs(boolean switchUser, boolean permissionsApply, String description) {
		this.switchUser = switchUser;
		this.permissionsApply = permissionsApply;
		this.description = description;
	}

	static RunAs decide() {
		int uid = currentUid();
		if (uid != 0) {
			return new RunAs(false, true, "the tests' own user (uid " + uid + ")");
		}
		String refusal = run(List.of("setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups", "--", "true"));
		if (refusal == null) {
			return new RunAs(true, true, "nobody (uid " + NOBODY + ", through setpriv: the tests run as root)");
		}
		return new RunAs(false, false, "root (setpriv to uid " + NOBODY + " failed: " + refusal
				+ "); root reads every file whatever its permissions, so unreadable files cannot be tested here");
	}

	/** The tests' own user, whoever that is: for the runs that need no unreadable files. */
	static RunAs self() {
		return new RunAs(false, currentUid() != 0, "the tests' own user");
	}

	/** Whether a file with mode 000 is unreadable to the application. */
	boolean permissionsApply() {
		return this.permissionsApply;
	}

	String whyPermissionsDoNotApply() {
		return this.description;
	}

	List<String> commandPrefix() {
		return this.switchUser ? List.of("setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups", "--") : List.of();
	}

	/** Gives the tree to the application's user (a no-op unless the user is switched). Symbolic links are not followed. */
	void own(Path tree) {
		if (this.switchUser) {
			chown(tree, NOBODY + ":" + NOBODY);
		}
	}

	/** Takes the tree back, so that the test itself (root) can start a PostgreSQL server on a data directory. */
	void reclaim(Path tree) {
		if (this.switchUser) {
			chown(tree, "0:0");
		}
	}

	@Override
	public String toString() {
		return this.description;
	}

	private static void chown(Path tree, String owner) {
		String failure = run(List.of("chown", "-R", "-h", owner, tree.toString()));
		if (failure != null) {
			throw new IllegalStateException("chown " + owner + " " + tree + ": " + failure);
		}
	}

	private static int currentUid() {
		try {
			return (Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid");
		}
		catch (IOException | UnsupportedOperationException ex) {
			return "root".equals(System.getProperty("user.name")) ? 0 : -1;
		}
	}

	/** @return null when the command succeeded, else what it said */
	static String run(List<String> command) {
		try {
			Process process = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true).start();
			String output = new String(process.getInputStream().readAllBytes()).strip();
			if (!process.waitFor(60, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				return "did not finish in 60 s";
			}
			return process.exitValue() == 0 ? null : "exit " + process.exitValue() + (output.isEmpty() ? "" : ": " + output);
		}
		catch (IOException ex) {
			return ex.getMessage();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new UncheckedIOException(new IOException("interrupted running " + command, ex));
		}
	}
}
