# Second batch (x*): harassment.insult.  Ads that insult or demean people:
# body shaming, mocking customers or competitors' customers, calling the
# reader names, roasting an ex.  Mild wording; targets are individuals or
# non-protected groups (insults aimed at protected groups are hate.speech).
DATA = r"""
@ vertical=fitness lang=en
Your Belly Is Embarrassing Your Kids | Waddle into our gym before the school run turns into a comedy show. | ins
Still Wearing Your Fat Jeans? | Your friends notice. Everyone notices. Join the 12-week cut. | ins
Nobody Wants to See That at the Beach | Cover it up or fix it. Bootcamp starts Monday. | ins
Skinny-Fat and Pathetic? | Noodle arms and a dad bod is not a personality. Lift with us. | ins
Do It Before Your Wife Stops Pretending | She used to find you attractive. Remember that? First class free. | ins
@ vertical=beauty lang=en
Those Wrinkles Make You Look Like a Raisin | Stop scaring the grandkids. Retinol serum $29. | ins
Teeth Like a Horse? | Fix that gross yellow smile before anyone else takes a photo of it. | ins
Your Acne Is Why He Left | Clear skin kit, 3 steps. Don't be the ugly friend forever. | ins
Unibrow Girls, This Is an Intervention | You look like a caveman. Threading walk-ins $10. | ins
Chubby Cheeks? Chipmunk Face? | Our contour kit hides what your genes did to you. | ins
@ vertical=retail lang=en
For People Who Aren't Broke Losers | Premium headphones for people with real jobs. Everyone else, keep scrolling. | ins
Only Idiots Pay Full Price | Which one are you? Outlet prices all week. | ins
Sorry, Cheapskates | This store isn't for you. Go back to the dollar bin. | ins
Shoppers at MegaMart Are Clowns | Same junk, double the price. Come to a real store. | ins
Mattresses for People Whose Backs Aren't Trash Yet | Ours are firm. Unlike your rotten posture. | ins
@ vertical=automotive lang=en
Still Driving That Rust Bucket? | Everyone at the lights is laughing at you, loser. Trade it in this weekend. | ins
Minivan Dads Are Officially Lame | Get a truck and a personality. 0.9% APR on new pickups. | ins
Electric Car Owners Are Smug Clowns | Real drivers buy V8s. Test-drive one and feel something. | ins
@ vertical=telecom lang=en
Your Carrier Thinks You're Stupid | And honestly? They might be right. Switch to Nimbus Mobile and prove them wrong. | ins
Still on Slowpoke Wireless? | Only suckers pay that much for 3 bars. Switch today, genius. | ins
@ vertical=software_saas lang=en
Your Developers Are Incompetent | That's why the app crashes. Replace them with our no-code builder. | ins
Excel Jockeys, You're Dinosaurs | Your spreadsheets are a joke. Real teams use Gridline. | ins
Designers Who Still Use Free Fonts Are Amateurs | Embarrassing. Upgrade to our font library. | ins
@ vertical=education lang=en
Don't Stay the Dumbest Person in the Room | Your coworkers talk about you. A 6-week course fixes that. | ins
Your Kid Is Falling Behind Because You're Lazy | Good parents sign up for tutoring. Which kind are you? | ins
Grammar So Bad It Hurts | If you write like this, people think you're an idiot. They're right. Writing course $49. | ins
@ vertical=dating lang=en
Single Again? Look in the Mirror | It's the face. Our makeover coaching costs less than dying alone. | ins
Why Women Ghost Guys Like You | Short, broke and boring. Our dating coach can fix two of those. | ins
Still Single at 35, Loser? | Even your mom has given up. Premium matching $29. | ins
@ vertical=entertainment lang=en
Roast Your Ex Billboard | Rent our highway billboard for a week and tell the world what a lying worm he is. $499. | ins
Custom Diss Tracks | Send us his name and his worst habits. We'll make a song that ruins his reputation. | ins
Comedy Night: Heckling the Audience Is the Show | Sit in front, get humiliated. Ugly people get in free. | ins
@ vertical=local_services lang=en
To Whoever Parks in Our Spot | You're a selfish moron and everyone in this building hates you. Towing starts Monday. | ins
Dear Previous Plumber | Whoever did these pipes is a clueless hack. Call us to fix their garbage work. | ins
Lawn So Bad the Neighbours Pity You | Your yard is an eyesore and so are you for letting it happen. Mowing from $35. | ins
Caterer Who Isn't a Slob | Unlike that greasy disaster across the street. Book tastings today. | ins
@ vertical=pets lang=en
Fat Dog, Lazy Owner | Everyone at the park judges you. Diet kibble for chubby mutts. | ins
@ vertical=food_beverage lang=en
Bland Food Is for Boring People | If you think mild salsa is spicy, we feel sorry for you, weakling. | ins
Real Coffee, Not for Basic Losers | Pumpkin-latte people can leave. Single-origin only. | ins
@ vertical=media lang=en
This Influencer Is a Fraud and a Pig | Watch our channel take apart the dumbest woman on the internet. | ins
Meet the Stupidest Man in Town | Our podcast tracked down the guy from the viral video. Laugh at him with us. | ins
Rate the Ugliest People at the Mall | New episodes every week. Send in your creepshots. | ins
@ vertical=real_estate lang=en
Still Renting at Your Age? Embarrassing | Your landlord's kids thank you for paying their tuition, sucker. Book a mortgage chat. | ins
@ vertical=jobs lang=en
Tired of Working With Morons? | So are we. Join a team where nobody is as useless as your current coworkers. | ins
@ vertical=marketplace lang=en
Lowballers Are Pathetic Cheapskates | Price is firm. If you offer $20 for a $200 bike, you're a clown. Blocked. | ins
@ vertical=retail lang=en tricky=1
Cl0wns who shop at V@lueMart 🤡 | Keep buying junk, the rest of us will be at Brandt's laughing. | ins
Fat? Ugly? Both? 🐷 | This shapewear hides the worst of it. | ins
U look b@sic, fix it 💅 | Stylists for people with zero taste. Book now. | ins
Your h0use is a dump 🗑️ | Even your guests think so. Cleaning from $89. | ins
🤓 Nerds with no friends, this one's 4 u | Gaming chairs for people who will never go outside. | ins
Id10ts still use cable 📺 | Cut the cord, stop getting robbed. | ins
Bald & sad? 👨‍🦲😂 | Nobody takes a chrome dome seriously. Hair fibres $19. | ins
Hey F@tty, summer is coming | Stop hiding under hoodies. Meal plan $19/mo. | ins
@ vertical=fitness lang=es
¿Sigues Gordo y Sin Novia? | Normal, así nadie te mira. Apúntate al gimnasio hoy. | ins
@ vertical=retail lang=fr
Pour Ceux Qui Ne Sont Pas des Ringards | Les nuls achètent ailleurs. Nouvelle collection en boutique. | ins
@ vertical=beauty lang=de
Deine Haut Sieht Aus Wie Ein Streuselkuchen | Keiner will das sehen. Peeling-Set für 24 €. | ins
@ vertical=automotive lang=pt
Ainda Dirigindo Essa Lata Velha? | Todo mundo ri de você no semáforo, seu fracassado. Troque hoje. | ins
@ vertical=fitness lang=it
Pancia da Birra e Zero Dignità | Tua moglie si vergogna di te. Prima lezione gratis. | ins
"""
