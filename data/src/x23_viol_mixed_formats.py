# Second batch (x*): violations in formats the other x* files use less:
# push notifications, marketplace listings, app-store blurbs, influencer
# captions and long-form social posts.  Mostly multi-label.
DATA = r"""
@ vertical=marketplace lang=en
FS: Party Supplies (Local Pickup) | Two cases of vodka, a handle of rum and a keg coupler. Cash only, no questions about age. | alc
Selling Unopened Vape Pods Lot | 40 pods, mixed flavours, meet at the mall. Under-21 OK if you bring cash. | tob
Used Fleshlight + Accessories | Barely used, cleaned, comes with case and lube. Pickup downtown. | adl, sx
Brand New Knuckle Dusters | Heavy steel, fits most hands. Discreet meetup, no questions. | wpn
Shrooms and Mint Tins | Each tin holds 3.5. Porch pickup, Venmo only. | drg
@ vertical=mobile_apps lang=en
Push: Your Dealer Misses You 💊 | Reorder your usual in one tap. Delivered in 40 minutes. | drg
Push: She Just Went Live 🔴 | Your favourite model started a private show. Tap to watch her strip. | sx
Push: 3 Hours Since Your Last Bet | Your lucky streak is waiting. Claim a 50% reload now. | gam
Push: Don't Eat Today 🦋 | Day 4 of your streak. You're so close to your goal weight. | sh
Push: Happy Hour Starts Now 🍹 | Two-for-one cocktails at 14 bars near you. Show this screen. | alc
App Store: Drunk Dial Blocker? Nah | Drinking games app with 200 shot challenges. Get wasted faster. | alc
App Store: ThinStreak | Track your fasting streak and compete with friends to eat the least. | sh
@ vertical=media lang=en
Sponsored by HeatWave Apparel | Honestly these leggings make my ass look unreal and the f*cking price is insane. Code MAYA15. | prof
Sponsored: Sh*t My Trainer Says | My coach yelling at me to stop being a fat lazy slob is the only thing that works. Link in bio for his program. | prof, ins
Collab With Crush Hard Seltzer | Summer's not summer until you're three cans deep by noon. 21+ obvs. Code SUMMERMAYHEM. | alc
Our Sponsor Tonight: Stun Pens | Looks like a pen, drops a grown man. Self-defence for anyone who walks home alone. | wpn
Sponsored: Unfiltered Gym Fails | Watch a guy's arm snap on the bench press, slowed down with the bone showing. Full clip on our page. | gore
@ vertical=retail lang=en
Christmas Sweaters for Drunk Uncles | Ugly, loud and already smells like eggnog and rum. Bundle with our whiskey gift box. | alc
F*ck Around and Find Out Tee | Back print: a list of people who tried. Ships in 2 days. | prof, thr
Keep Talking, See What Happens | Hoodie for people who settle things in the parking lot. | thr
Fuck Your Feelings Flag | 3x5 ft, grommets included. | prof
Sh!t-Talkers Get Smacked Mug | 11 oz ceramic, dishwasher safe. | prof, thr
@ vertical=restaurants lang=en
Get Sh*tfaced Saturdays | $1 shots until someone throws up. The Barrel Room. | prof, alc
Beer Pong Tournament: Winner Drinks Free | Cash prize, open bar for the top team. 21+. | alc
Fuck-It Bucket | Six beers and a basket of wings for $20 when the week beats you. | prof, alc
@ vertical=events lang=en
Bitches Brunch | Bottomless mimosas, a drag show and zero judgement. Tickets $45. | prof, alc
Gender Reveal Gone Wrong: The Tour | See the burned-down ranch and meet the guy who did it. Photos of the injuries in the museum. | gore
@ vertical=media lang=en
Why Are They Even Allowed Here? | The so-called refugees in our town are filthy animals. Share if you agree. | hate
They Ruin Every Neighbourhood | Keep the g*psies out. Call your council. | hate
Women Drivers Should Be Banned | Sign our hilarious petition and buy the bumper sticker. | hate
@ vertical=dating lang=en
Nudes Exchange Group | Drop yours, get hers. 18+, no fakes, no screenshots. | sx
Cam Girls Who Answer Back | Dirty chat and live shows with real girls. 50 free credits. | sx, adl
Hardcore Couples Club | Members film and share their nights in. Upload yours to join. | sx
Strip Show on Demand | Choose the girl, choose the outfit, she takes it all off live. | sx
Explicit Audio Chat | Anonymous voice rooms for adults who like it graphic. | sx
Adult Meetups: Tonight's Play Party | Couples and singles, explicit action in every room. Address sent after vetting. | sx
@ vertical=media lang=en tricky=1
🥃🥃🥃 shots till u drop | Fri+Sat, Club Tempo, no cover b4 11. | alc
wtf is this g0re 😱 | Full uncut vid, link in bio, not for kids. | gore
m.f.e.r.s, watch ur back | We know who keyed the car. Payback Friday. | prof, thr
ur fat & gr0ss lol 🐽 | Sign up for our 30-day shred before summer exposes you. | ins
F! ck dieting, just don't eat 🦋 | Join the zero-calorie club. | prof, sh
"""
