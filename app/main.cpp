// Newsmark's entry point: SDL2 window + OpenGL (WebGL2 in the browser) + Dear ImGui, and one
// Frame() driven by emscripten_set_main_loop in the browser or a plain loop on the desktop.
#include <SDL.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "imgui.h"
#include "imgui_impl_opengl3.h"
#include "imgui_impl_sdl2.h"
#include "platform/platform.h"
#include "ui/app.h"

#ifdef __EMSCRIPTEN__
#include <GLES3/gl3.h>
#include <emscripten.h>
#else
#include <SDL_opengl.h>
#endif

namespace {

struct Runtime {
  SDL_Window* window = nullptr;
  SDL_GLContext gl = nullptr;
  newsmark::App* app = nullptr;
  const char* glsl_version = nullptr;
  bool quit = false;
};

Runtime g_runtime;

// Keys the browser delivers again as a `paste` event with the clipboard text; letting ImGui
// see them too would paste a stale clipboard.
bool is_paste_shortcut(const SDL_Event& e) {
#ifdef __EMSCRIPTEN__
  if (e.type != SDL_KEYDOWN && e.type != SDL_KEYUP) return false;
  const bool v = e.key.keysym.sym == SDLK_v;
  const bool mod = (e.key.keysym.mod & (KMOD_CTRL | KMOD_GUI)) != 0;
  return v && mod;
#else
  (void)e;
  return false;
#endif
}

void Frame() {
  Runtime& rt = g_runtime;
  SDL_Event e;
  while (SDL_PollEvent(&e)) {
    if (is_paste_shortcut(e)) continue;
    ImGui_ImplSDL2_ProcessEvent(&e);
    if (e.type == SDL_QUIT) rt.quit = true;
    if (e.type == SDL_WINDOWEVENT && e.window.event == SDL_WINDOWEVENT_FOCUS_GAINED) rt.app->focus_gained();
#ifndef __EMSCRIPTEN__
    // The desktop build opens a file dropped on its window (the browser's drop is web/'s).
    if (e.type == SDL_DROPFILE && e.drop.file != nullptr) {
      std::ifstream in(e.drop.file, std::ios::binary);
      std::vector<newsmark::io::InputFile> files{{e.drop.file, std::string(std::istreambuf_iterator<char>(in), {})}};
      (void)rt.app->open_files(files);
      SDL_free(e.drop.file);
    }
#endif
  }
  // Follow the browser viewport (the canvas fills the tab).
  int vw = 0, vh = 0;
  if (newsmark::platform::viewport_size(vw, vh)) {
    int ww = 0, wh = 0;
    SDL_GetWindowSize(rt.window, &ww, &wh);
    if (vw > 0 && vh > 0 && (vw != ww || vh != wh)) SDL_SetWindowSize(rt.window, vw, vh);
  }
  if (newsmark::platform::take_graphics_restored()) {
    // The browser gave back a lost WebGL context: every GL object of the renderer is gone.
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplOpenGL3_Init(rt.glsl_version);
  }
  if (rt.app->prepare_fonts(newsmark::platform::device_pixel_ratio())) {
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
  }
  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplSDL2_NewFrame();
  ImGui::NewFrame();
  rt.app->frame();
  ImGui::Render();
  const ImGuiIO& io = ImGui::GetIO();
  glViewport(0, 0, static_cast<int>(io.DisplaySize.x * io.DisplayFramebufferScale.x),
             static_cast<int>(io.DisplaySize.y * io.DisplayFramebufferScale.y));
  const ImVec4 bg = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
  glClearColor(bg.x, bg.y, bg.z, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  rt.app->after_render();  // images of the frame are taken before it is presented
  SDL_GL_SwapWindow(rt.window);
}

}  // namespace

int main(int argc, char** argv) {
  // Desktop debugging options: --frames N quits after N frames (smoke tests);
  // --sample opens the sample article at start.
  long max_frames = -1;
  bool open_sample = false;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--frames" && i + 1 < argc) max_frames = std::strtol(argv[++i], nullptr, 10);
    else if (a == "--sample") open_sample = true;
  }
  SDL_SetMainReady();
  if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_TIMER) != 0) {
    std::fprintf(stderr, "newsmark: SDL_Init failed: %s\n", SDL_GetError());
    return 1;
  }
#ifdef __EMSCRIPTEN__
  // WebGL2 = OpenGL ES 3.0.
  const char* glsl_version = "#version 300 es";
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_ES);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
  SDL_SetHint(SDL_HINT_EMSCRIPTEN_KEYBOARD_ELEMENT, "#canvas");
#else
  const char* glsl_version = "#version 130";
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, 0);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
#endif
  SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
  SDL_GL_SetAttribute(SDL_GL_DEPTH_SIZE, 0);
  SDL_GL_SetAttribute(SDL_GL_STENCIL_SIZE, 0);
  int width = 1280, height = 800;
  newsmark::platform::viewport_size(width, height);
  Runtime& rt = g_runtime;
  rt.window = SDL_CreateWindow("Newsmark", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, width, height,
                               SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI);
  if (rt.window == nullptr) {
    std::fprintf(stderr, "newsmark: could not create a window: %s\n", SDL_GetError());
    return 1;
  }
  rt.gl = SDL_GL_CreateContext(rt.window);
  if (rt.gl == nullptr) {
    std::fprintf(stderr, "newsmark: could not create an OpenGL/WebGL2 context: %s\n", SDL_GetError());
    return 1;
  }
  SDL_GL_MakeCurrent(rt.window, rt.gl);
  SDL_GL_SetSwapInterval(1);

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  io.IniFilename = nullptr;  // layout persistence comes with the app's own storage
  // ImGui counts a double click in frame time: 0.3 s is two frames on a slow Chromebook, on which
  // a person's double click then fails. Half a second is what desktop systems allow.
  io.MouseDoubleClickTime = 0.5f;
  ImGui_ImplSDL2_InitForOpenGL(rt.window, rt.gl);
  ImGui_ImplOpenGL3_Init(glsl_version);
  rt.glsl_version = glsl_version;

  static newsmark::App app;
  rt.app = &app;
  newsmark::platform::init(app);
  if (open_sample) app.load_sample();

#ifdef __EMSCRIPTEN__
  (void)max_frames;
  (void)open_sample;
  emscripten_set_main_loop(Frame, 0, true);
#else
  for (long frame = 0; !rt.quit && frame != max_frames; ++frame) Frame();
  std::printf("newsmark-app: %llu frames drawn\n", static_cast<unsigned long long>(app.frame_count()));
  ImGui_ImplOpenGL3_Shutdown();
  ImGui_ImplSDL2_Shutdown();
  ImGui::DestroyContext();
  SDL_GL_DeleteContext(rt.gl);
  SDL_DestroyWindow(rt.window);
  SDL_Quit();
#endif
  return 0;
}
