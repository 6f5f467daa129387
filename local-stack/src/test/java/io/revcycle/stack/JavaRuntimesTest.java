package io.revcycle.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JavaRuntimesTest {

    @TempDir
    Path dir;

    @Test
    void shouldReadTheFeatureVersionOfAJdkFromItsReleaseFile() throws Exception {
        assertThat(JavaRuntimes.feature(jdk("jdk-25", "25.0.1"))).contains(25);
        assertThat(JavaRuntimes.feature(jdk("jdk-21", "21"))).contains(21);
        assertThat(JavaRuntimes.feature(jdk("jdk-8", "1.8.0_402"))).contains(8);
    }

    @Test
    void shouldNotTakeAFolderWithoutAJavaLauncherForAJdk() throws Exception {
        Path broken = Files.createDirectories(dir.resolve("broken"));
        Files.writeString(broken.resolve("release"), "JAVA_VERSION=\"25\"\n");
        assertThat(JavaRuntimes.feature(broken)).isEmpty();
    }

    @Test
    void shouldFindThisJvmWhenItIsNewEnough() {
        int current = Runtime.version().feature();
        assertThat(JavaRuntimes.findHome(current, "REVCYCLE_TEST_UNSET_JAVA_HOME"))
                .contains(Path.of(System.getProperty("java.home")));
    }

    private Path jdk(String name, String version) throws Exception {
        Path home = Files.createDirectories(dir.resolve(name).resolve("bin"));
        Path java = Files.createFile(home.resolve("java"), PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwxr-xr-x")));
        Files.writeString(dir.resolve(name).resolve("release"), "JAVA_VERSION=\"" + version + "\"\n");
        return java.getParent().getParent();
    }
}
